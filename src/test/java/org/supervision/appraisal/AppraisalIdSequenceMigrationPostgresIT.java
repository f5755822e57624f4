package org.supervision.appraisal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.supervision.support.PostgresDatabase;

class AppraisalIdSequenceMigrationPostgresIT extends AppraisalIdSequenceMigrationTest {

    @Override
    DataSource database() {
        Map<String, Supplier<Object>> properties = new HashMap<>();
        PostgresDatabase.register(properties::put);
        return new DriverManagerDataSource((String) properties.get("spring.datasource.url").get(),
                (String) properties.get("spring.datasource.username").get(),
                (String) properties.get("spring.datasource.password").get());
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @Override
    String nextId() {
        return "select nextval('appraisal_seq')";
    }
}
