package org.supervision.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page offers: the product's passwords (unless switched off) and each configured identity provider. */
@Component
public class SignInOptions {

    /** An identity provider's button: "Sign in with {name}". */
    public record Provider(String name, String path) {
    }

    private final SingleSignOnSettings settings;
    private final List<ClientRegistration> registrations;

    SignInOptions(SingleSignOnSettings settings, ObjectProvider<ClientRegistrationRepository> repository) {
        this.settings = settings;
        this.registrations = registrationsOf(repository.getIfAvailable());
    }

    static List<ClientRegistration> registrationsOf(ClientRegistrationRepository repository) {
        List<ClientRegistration> found = new ArrayList<>();
        if (repository instanceof Iterable<?> all) {
            all.forEach(registration -> found.add((ClientRegistration) registration));
        }
        return found;
    }

    public boolean passwordLogin() {
        return settings.passwordLogin();
    }

    public List<Provider> providers() {
        return registrations.stream()
                .map(r -> new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId())).toList();
    }
}
