package org.supervision.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchControls;
import org.springframework.ldap.control.PagedResultsDirContextProcessor;
import org.springframework.ldap.core.ContextMapper;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.LdapOperations;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.core.support.SingleContextSource;

/**
 * Reads the staff entries under the search base with Spring LDAP, a page at a time on one
 * connection (Active Directory answers at most 1000 entries to a search that does not page).
 * Only the configured attributes are asked for: whenCreated and createTimestamp are
 * operational attributes a server returns only when named.
 */
class LdapDirectoryReader {

    private final LdapContextSource contextSource;
    private final LdapDirectorySettings settings;

    LdapDirectoryReader(LdapDirectorySettings settings) {
        this.settings = settings;
        this.contextSource = new LdapContextSource();
        contextSource.setUrls(settings.urls().toArray(String[]::new));
        if (settings.username() != null && !settings.username().isBlank()) {
            contextSource.setUserDn(settings.username());
            contextSource.setPassword(settings.password());
        } else {
            contextSource.setAnonymousReadOnly(true);
        }
        // Active Directory refers to other domains' partitions; following them fails without access there
        contextSource.setReferral("ignore");
        contextSource.afterPropertiesSet();
    }

    List<LdapEntry> readStaff() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(attributeNames());
        List<LdapEntry> entries = new ArrayList<>();
        SingleContextSource.doWithSingleContext(contextSource, (LdapOperations ldap) -> {
            PagedResultsDirContextProcessor pages = new PagedResultsDirContextProcessor(settings.pageSize());
            do {
                entries.addAll(ldap.search(settings.searchBase(), settings.filter(), controls, ENTRY, pages));
            } while (pages.hasMore());
            return null;
        });
        return entries;
    }

    private String[] attributeNames() {
        LdapDirectorySettings.Attributes a = settings.attributes();
        Set<String> names = new LinkedHashSet<>();
        Stream.of(a.staffId(), a.firstName(), a.lastName(), a.email(), a.manager(), a.category(), a.roles(),
                        a.memberOf(), a.startDate(), a.leftOn(), a.hoursPerWeek(), a.accountControl())
                .filter(name -> name != null && !name.isBlank()).forEach(names::add);
        return names.toArray(String[]::new);
    }

    private static final ContextMapper<LdapEntry> ENTRY = context -> {
        DirContextAdapter entry = (DirContextAdapter) context;
        Map<String, List<String>> values = new LinkedHashMap<>();
        try {
            NamingEnumeration<? extends Attribute> attributes = entry.getAttributes().getAll();
            while (attributes.hasMore()) {
                Attribute attribute = attributes.next();
                List<String> all = new ArrayList<>();
                for (int i = 0; i < attribute.size(); i++) {
                    Object value = attribute.get(i);
                    if (value != null) {
                        all.add(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value.toString());
                    }
                }
                values.put(attribute.getID().toLowerCase(Locale.ROOT), all);
            }
        } catch (NamingException e) {
            throw org.springframework.ldap.support.LdapUtils.convertLdapException(e);
        }
        return new LdapEntry(entry.getNameInNamespace(), values);
    };
}
