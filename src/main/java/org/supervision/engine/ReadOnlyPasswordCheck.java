package org.supervision.engine;

import static org.camunda.bpm.engine.impl.util.EncryptionUtil.saltPassword;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Checks a login's password against Camunda's identity store without writing to it, doing
 * the same work whether the user name exists or not.
 *
 * <p><b>What it replaces.</b> {@code IdentityService.checkPassword} for logins. Camunda's
 * check ({@code DbIdentityServiceProvider.checkPassword}) writes every failure to
 * {@code ACT_ID_USER} ({@code ATTEMPTS_}, {@code LOCK_EXP_TIME_}) and locks the account
 * until an administrator unlocks it after {@code loginMaxAttempts}, so anyone could lock
 * anyone out; and it reads and writes only for users that exist, so a failed login took
 * measurably longer for a real user name than for an unknown one. Here the user's row is
 * read by id and the password hashed exactly as {@code DbReadOnlyIdentityServiceProvider
 * .matchPassword} does (Camunda's salt handling and {@code PasswordManager}, so custom
 * password hashes configured in the engine still apply). An unknown user, or one without a
 * password yet (imported staff), is checked against a decoy hash made at start-up with
 * the engine's own salt generator and default hash: both paths run one select by id and
 * one hash, and neither writes. Throttling is the product's own
 * ({@code org.supervision.security.LoginThrottle}); Camunda's counters are switched off in
 * application.yml for the engine paths that still use them.
 *
 * <p><b>After a Camunda upgrade</b>, re-check in the engine sources: {@code
 * DbReadOnlyIdentityServiceProvider.matchPassword} still salts with {@code
 * EncryptionUtil.saltPassword(password, user.getSalt())} and compares with {@code
 * PasswordManager.check(salted, user.getPassword())}; {@code UserEntity} still maps
 * {@code ACT_ID_USER} with {@code getPassword()}/{@code getSalt()};
 * {@code ProcessEngineConfigurationImpl} still offers {@code getSaltGenerator()},
 * {@code getPasswordManager()} and {@code getCommandExecutorTxRequired()}. LoginThrottleTest
 * fails if logins start writing to {@code ACT_ID_USER} or an unknown name skips the hash.
 */
@Component
public class ReadOnlyPasswordCheck {

    private final ProcessEngineConfigurationImpl configuration;
    private final String decoySalt;
    private final String decoyHash;

    public ReadOnlyPasswordCheck(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.decoySalt = configuration.getSaltGenerator().generateSalt();
        // nobody knows the secret, so no password matches the decoy
        this.decoyHash = configuration.getPasswordManager()
                .encrypt(saltPassword(Base64.getEncoder().encodeToString(secret), decoySalt));
    }

    /** True when the user exists, has a password and it is this one. Never writes. */
    public boolean matches(String userId, String password) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            // by id, without Camunda's authorization check: nobody is logged in yet
            UserEntity user = commandContext.getDbEntityManager().selectById(UserEntity.class, userId);
            boolean hasPassword = user != null && user.getPassword() != null;
            String salt = hasPassword ? user.getSalt() : decoySalt;
            String hash = hasPassword ? user.getPassword() : decoyHash;
            // the same hash either way; the user's own result counts only if there is a user
            boolean match = configuration.getPasswordManager().check(saltPassword(password, salt), hash);
            return hasPassword && match;
        });
    }
}
