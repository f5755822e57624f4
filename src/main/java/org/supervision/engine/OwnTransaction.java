package org.supervision.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs work, engine calls included, in a transaction and engine command of its own, even from
 * inside a running job: it commits or rolls back by itself, and what the surrounding job does
 * afterwards cannot undo it. The organisation-wide appraisal launch starts each batch this way,
 * so that a failed batch leaves nothing behind and is retried person by person.
 *
 * <p>Uses Camunda's {@code commandExecutorTxRequiresNew} (internal API): Spring's
 * {@code REQUIRES_NEW} alone would not do, because engine calls made inside a running command
 * join that command's session and are flushed only when it ends. After a Camunda upgrade:
 * check that {@code ProcessEngineConfigurationImpl.getCommandExecutorTxRequiresNew()} still
 * exists and run {@code AppraisalYearTest} (its failed-batch case).
 */
@Component
public class OwnTransaction {

    private final CommandExecutor requiresNew;

    OwnTransaction(ProcessEngine engine) {
        this.requiresNew = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequiresNew();
    }

    public void run(Runnable work) {
        requiresNew.execute(commandContext -> {
            work.run();
            return null;
        });
    }
}
