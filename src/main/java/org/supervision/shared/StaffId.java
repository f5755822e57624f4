package org.supervision.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff id in a request: at most as long as the directory's id column, without control
 * characters. A longer one can never name a member of staff, so it is refused before it
 * reaches a query or the access log (which records every attempt with the id asked for).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StaffId.Check.class)
public @interface StaffId {

    /** The width of every staff id column (staff_member.id and the columns that refer to it). */
    int MAX_LENGTH = 64;

    String message() default "is not a staff id: a staff id has at most 64 characters and no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StaffId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // empty means "not given" where the id is optional; a path always has one
            return value == null || value.isBlank() || (value.length() <= MAX_LENGTH && TextRules.problem(value).isEmpty());
        }
    }
}
