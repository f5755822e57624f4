package org.supervision.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.supervision.staff.SecurityGroups;

/**
 * The operator's mapping of the identity provider's groups (or app roles) to the product's
 * role groups, off unless {@code supervision.security.single-sign-on.group-mapping} lists
 * some. The product groups named there are decided by the provider for the people it signs in
 * (granted when their token's group claim carries a provider group mapped to it, not granted
 * otherwise); every other group still comes from the staff directory. Only the groups the
 * directory grants as roles can be mapped: staff, supervisors and managers follow from the
 * directory's people and lines. Checked at start-up: an unknown group stops the start.
 */
@Component
class GroupMapping {

    private final String claim;
    private final Map<String, String> toProductGroup;
    private final Set<String> decided;

    GroupMapping(SingleSignOnSettings settings, SecurityGroups groups) {
        List<String> mappable = List.of(groups.hr(), groups.directors(), groups.auditors(), groups.admins(), groups.learning());
        settings.groupMapping().forEach((providerGroup, productGroup) -> {
            if (!mappable.contains(productGroup.trim())) {
                throw new IllegalArgumentException(SingleSignOnSettings.PREFIX + "group-mapping.[" + providerGroup + "]: \""
                        + productGroup + "\" is not a group the provider may decide; use one of " + String.join(", ", mappable)
                        + " (" + groups.staff() + ", " + groups.supervisors() + " and " + groups.managers()
                        + " follow from the staff directory)");
            }
        });
        this.claim = settings.groupClaim();
        this.toProductGroup = settings.groupMapping().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().trim()));
        this.decided = Set.copyOf(toProductGroup.values());
    }

    boolean configured() {
        return !toProductGroup.isEmpty();
    }

    /** The product groups the provider decides: every mapping target. */
    Set<String> decided() {
        return decided;
    }

    /** The product groups a person's token grants, from its group claim (a list, or one value). */
    Set<String> granted(Map<String, Object> claims) {
        Object value = configured() ? claims.get(claim) : null;
        Collection<?> providerGroups = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        Set<String> granted = new TreeSet<>();
        for (Object providerGroup : providerGroups) {
            String product = toProductGroup.get(String.valueOf(providerGroup));
            if (product != null) {
                granted.add(product);
            }
        }
        return granted;
    }

    /** A person's groups as authorities: the directory's, the decided ones replaced by those granted. */
    List<GrantedAuthority> apply(List<GrantedAuthority> directoryGroups, Set<String> granted) {
        Set<String> groups = new LinkedHashSet<>();
        for (GrantedAuthority group : directoryGroups) {
            String id = group.getAuthority().substring(DirectoryPeople.GROUP_PREFIX.length());
            if (!decided.contains(id)) {
                groups.add(id);
            }
        }
        groups.addAll(granted);
        return groups.stream().<GrantedAuthority>map(id -> new SimpleGrantedAuthority(DirectoryPeople.GROUP_PREFIX + id)).toList();
    }
}
