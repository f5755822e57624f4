package org.supervision.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that runs twice: on H2 with the other {@code *Test} classes (Surefire), and
 * again on PostgreSQL, the production database (Failsafe's {@code postgres} execution in
 * pom.xml, which runs the classes tagged {@value #TAG} with {@code -D}{@value PostgresDatabase#SELECTOR}
 * {@code =postgres}). Put it on classes whose SQL, locking or migrations could behave
 * differently on PostgreSQL; the rest run on H2 only, to keep the suite short.
 *
 * <p>Why a tag and a context customizer rather than a {@code FooPostgresIT extends FooTest}
 * per class: the choice of database is one line on the class instead of a subclass to keep in
 * step; and on PostgreSQL, as on H2, classes with the same configuration share one Spring
 * context and one database ({@link PostgresContextCustomizerFactory} takes part in Spring's
 * context cache key), where each subclass used to start the application on a database of its
 * own. Tests therefore bring their own people and count from before they act, as on H2.
 * PostgreSQL-only tests that need a database or several nodes of their own (a whole
 * organisation's launch, a cluster) stay {@code *PostgresIT} classes with
 * {@link PostgresDatabase#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(AlsoOnPostgres.TAG)
public @interface AlsoOnPostgres {

    String TAG = "postgres";
}
