package org.supervision.session;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supervision.shared.FormInput;

/**
 * What the supervisor wrote: the agenda under the four functions of supervision
 * and what the session settled. Optional parts may be null.
 */
public record RecordContent(String supportive, String management, String educational, String mediation,
                            String decisions, String agreements, String disagreements, String futureItems,
                            String caseRecordItems) {

    /** The names every form that shows or writes a record gives its fields. */
    static final List<String> FORM_FIELDS = List.of("supportive", "management", "educational", "mediation",
            "decisions", "agreementsReached", "disagreements", "futureItems", "caseRecordItems");

    static RecordContent from(FormInput form) {
        return new RecordContent(form.requiredText("supportive"), form.requiredText("management"),
                form.requiredText("educational"), form.requiredText("mediation"), form.requiredText("decisions"),
                form.requiredText("agreementsReached"), form.optionalText("disagreements"),
                form.optionalText("futureItems"), form.optionalText("caseRecordItems"));
    }

    /** The values to show in a form, keyed like {@link #FORM_FIELDS}; absent parts are null. */
    Map<String, Object> formValues() {
        List<String> values = Arrays.asList(supportive, management, educational, mediation, decisions,
                agreements, disagreements, futureItems, caseRecordItems);
        Map<String, Object> shown = new LinkedHashMap<>();
        for (int i = 0; i < FORM_FIELDS.size(); i++) {
            shown.put(FORM_FIELDS.get(i), values.get(i));
        }
        return shown;
    }
}
