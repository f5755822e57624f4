package org.supervision.staff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a member's roles as a sorted, semicolon-separated column ("AUDITOR;HR"). */
@Converter
class StaffRolesConverter implements AttributeConverter<Set<StaffRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StaffRole> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    @Override
    public Set<StaffRole> convertToEntityAttribute(String column) {
        EnumSet<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(";")).map(String::trim).map(StaffRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
