package org.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.ldap.LdapAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

// Spring Boot would connect an LDAP template to localhost and count it in the health check; the
// directory sync (staff.LdapDirectorySync) makes its own connection, only when configured
@SpringBootApplication(exclude = LdapAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class SupervisionApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupervisionApplication.class, args);
    }
}
