package org.supervision.audit;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import java.util.Optional;
import org.supervision.engine.AsSystem;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.internal.SessionFactoryImpl;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Appends every insert and update of a domain record (agreements, sessions, records,
 * signatures, disputes, conflict stages, directory entries, and whatever features add
 * later) to the audit log, from Hibernate's own events: no feature can forget to.
 * The entry names who acted: the engine's authenticated user (task completions), else
 * the web request's user, else "system" (timers, imports at start-up).
 */
@Component
class DomainChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, SmartInitializingSingleton {

    /** Logged where they happen, with their reason: auditing them again would only repeat them (password links: access.PasswordLinks). */
    private static final Set<String> NOT_AUDITED = Set.of("RecordAccess", "RecordAccessGrant", "PasswordLink");
    private static final List<String> SUBJECT_PROPERTIES = List.of("staffId", "superviseeId", "subjectStaffId");

    private final EntityManagerFactory entityManagerFactory;
    private final AuditTrail trail;
    private final IdentityService identity;

    DomainChangeAuditor(EntityManagerFactory entityManagerFactory, AuditTrail trail, IdentityService identity) {
        this.entityManagerFactory = entityManagerFactory;
        this.trail = trail;
        this.identity = identity;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImpl.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getPersister(), event.getId(), event.getState(), "CREATED", null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        // names only: the log is read by auditors, who trace what happened, not what a record says
        List<String> changed = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        if (event.getDirtyProperties() != null) {
            for (int index : event.getDirtyProperties()) {
                if (!names[index].equals("version")) {
                    changed.add(names[index]);
                }
            }
        }
        String status = statusOf(names, event.getState());
        record(event.getPersister(), event.getId(), event.getState(), "CHANGED",
                "changed " + String.join(", ", changed) + (status == null ? "" : "; " + status));
    }

    private void record(EntityPersister persister, Object id, Object[] state, String action, String details) {
        String type = simpleName(persister.getEntityName());
        if (NOT_AUDITED.contains(type)) {
            return;
        }
        String subject = type.equals("StaffMember") ? String.valueOf(id) : subjectOf(persister.getPropertyNames(), state);
        trail.append(actor(), action, type, String.valueOf(id), subject, null,
                details != null ? details : statusOf(persister.getPropertyNames(), state));
    }

    private static String subjectOf(String[] names, Object[] state) {
        for (String property : SUBJECT_PROPERTIES) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(property) && state[i] instanceof String value) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String statusOf(String[] names, Object[] state) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("status")) {
                return "status=" + state[i];
            }
        }
        return null;
    }

    private String actor() {
        Optional<String> engineUser = AsSystem.currentUserId(identity);
        if (engineUser.isPresent()) {
            return engineUser.get();
        }
        var webUser = SecurityContextHolder.getContext().getAuthentication();
        return webUser != null && webUser.isAuthenticated() ? webUser.getName() : "system";
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
