package org.supervision.access;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.audit.AuditTrail;
import org.supervision.engine.AsSystem;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Issues the one-time links by which people set their password, and lets a link set one.
 * A person has at most one working link: a new one withdraws the earlier ones. Leavers get
 * no link, and a link of someone who has since left no longer works. Every link issued and
 * used is in the audit trail (who, whose, when; never the token).
 */
@Service
class PasswordLinks {

    private final PasswordLinkRepository links;
    private final StaffMemberRepository staff;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final AccessMail mail;
    private final AccessSettings settings;
    private final SupervisionClock clock;

    PasswordLinks(PasswordLinkRepository links, StaffMemberRepository staff, IdentityService identity, AuditTrail audit,
                  AccessMail mail, AccessSettings settings, SupervisionClock clock) {
        this.links = links;
        this.staff = staff;
        this.identity = identity;
        this.audit = audit;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** E-mails {@code member} a link to set their password; false (and nothing sent) for a leaver or someone without a login. */
    @Transactional
    public boolean send(StaffMember member, LinkPurpose purpose, String actor) {
        if (!canSignIn(member) || member.getEmail() == null || member.getEmail().isBlank()) {
            return false;
        }
        Instant now = clock.now();
        var earlier = links.findByStaffIdAndUsedAtIsNull(member.getId()).stream().filter(link -> link.opensAt(now)).toList();
        earlier.forEach(link -> link.withdraw(now));
        String token = LinkToken.newToken();
        Instant expires = now.plus(purpose == LinkPurpose.INVITATION ? settings.invitationValidFor() : settings.resetValidFor());
        PasswordLink link = links.save(new PasswordLink(member.getId(), LinkToken.hash(token), purpose, now, expires));
        audit.append(actor, purpose == LinkPurpose.INVITATION ? "PASSWORD_INVITATION_SENT" : "PASSWORD_RESET_SENT",
                "PasswordLink", String.valueOf(link.getId()), member.getId(), null, "expires " + expires
                + (earlier.isEmpty() ? "" : "; withdraws the earlier link" + (earlier.size() == 1 ? "" : "s")));
        mail.send(member, purpose, token, expires);
        return true;
    }

    /** Whether the person was ever invited (a re-import does not invite them again). */
    boolean wasInvited(String staffId) {
        return links.existsByStaffIdAndPurpose(staffId, LinkPurpose.INVITATION);
    }

    /** Whether the person has a login without a password yet. */
    boolean hasNoPassword(String staffId) {
        User user = AsSystem.call(identity, () -> identity.createUserQuery().userId(staffId).singleResult());
        return user != null && user.getPassword() == null;
    }

    /** The working link of this token, if any: unknown, used, expired and leavers' links are all "none". */
    @Transactional(readOnly = true)
    public Optional<OpenLink> open(String token) {
        return Optional.ofNullable(LinkToken.hash(token)).flatMap(links::findByTokenHash)
                .filter(link -> link.opensAt(clock.now()))
                .flatMap(link -> staff.findById(link.getStaffId()).filter(this::canSignIn)
                        .map(member -> new OpenLink(link.getId(), member.getId(), member.getFullName(), link.getPurpose())));
    }

    /** Sets the password through the link, which is then used up; false when the link no longer works. */
    @Transactional
    public boolean setPassword(String token, String password) {
        Optional<OpenLink> open = open(token);
        if (open.isEmpty() || links.use(open.get().linkId(), clock.now()) != 1) {
            return false; // someone else used it at the same moment
        }
        String staffId = open.get().staffId();
        AsSystem.run(identity, () -> {
            User user = identity.createUserQuery().userId(staffId).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
        });
        audit.append(staffId, "PASSWORD_LINK_USED", "PasswordLink", String.valueOf(open.get().linkId()), staffId, null,
                "password set by " + (open.get().purpose() == LinkPurpose.INVITATION ? "invitation" : "forgotten-password") + " link");
        return true;
    }

    /** Recorded for every request, found or not, so that the trail shows attempts on someone's account. */
    public void recordResetRequest(String source, Optional<StaffMember> member) {
        audit.append("anonymous", "PASSWORD_RESET_REQUESTED", "PasswordLink", null, member.map(StaffMember::getId).orElse(null),
                null, "from " + source + (member.isPresent() ? "" : "; no match in the directory"));
    }

    private boolean canSignIn(StaffMember member) {
        return member.isActiveOn(clock.today())
                && AsSystem.call(identity, () -> identity.createUserQuery().userId(member.getId()).count() == 1);
    }

    /** A link that works now, and for whom. */
    record OpenLink(Long linkId, String staffId, String name, LinkPurpose purpose) {
    }
}
