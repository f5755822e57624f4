package org.supervision.access;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supervision.staff.StaffAdded;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Invites people new to the directory (whether or not they have a supervisor yet: a director
 * or an HR adviser may have none): the import creates their login without a password,
 * and the invitation's link lets them choose one. Runs inside the import's transaction, so
 * the link is issued (and its mail sent) only if the import commits. Someone invited before,
 * or who has a password already, is not invited by an import; an administrator can resend.
 */
@Component
class Invitations {

    private final PasswordLinks links;
    private final StaffMemberRepository staff;
    private final AccessSettings settings;

    Invitations(PasswordLinks links, StaffMemberRepository staff, AccessSettings settings) {
        this.links = links;
        this.staff = staff;
        this.settings = settings;
    }

    @EventListener
    void onAdded(StaffAdded added) {
        if (!settings.inviteOnImport() || links.wasInvited(added.staffId()) || !links.hasNoPassword(added.staffId())) {
            return;
        }
        staff.findById(added.staffId()).ifPresent(member -> links.send(member, LinkPurpose.INVITATION, "system"));
    }

    /** An administrator's resend: a fresh invitation, the earlier link withdrawn. Empty for someone not in the directory. */
    Optional<Boolean> resend(String staffId, String administrator) {
        Optional<StaffMember> member = staff.findById(staffId);
        return member.map(found -> links.send(found, LinkPurpose.INVITATION, administrator));
    }
}
