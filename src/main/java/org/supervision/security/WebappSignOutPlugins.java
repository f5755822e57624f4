package org.supervision.security;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.welcome.plugin.spi.impl.AbstractWelcomePlugin;
import org.camunda.bpm.welcome.resource.AbstractWelcomePluginRootResource;

/**
 * Sign-out from Tasklist, Cockpit, Admin and the welcome page as from the workspace: ending
 * the provider's session too for a person it signed in. Each webapp loads the plugin's script
 * ({@code resources/plugin-webapp/supervision-sign-out/app/plugin.js}), which takes over the
 * menu's "Log out": it sends the webapps' usual sign-out request and opens the address the
 * answer names ({@link SingleSignOnLogout#forScript}): the provider's sign-out, or the login
 * page. The approach of Camunda's spring-boot-starter-security (its sso-logout plugin), which
 * instead links to a GET sign-out that its disabled CSRF protection allows; here sign-out
 * stays a POST. Registered through META-INF/services, as Camunda finds its plugins.
 */
public final class WebappSignOutPlugins {

    static final String ID = "supervision-sign-out";

    private WebappSignOutPlugins() {
    }

    public static class Tasklist extends AbstractTasklistPlugin {
        @Override
        public String getId() {
            return ID;
        }

        @Override
        public Set<Class<?>> getResourceClasses() {
            return Set.of(TasklistAssets.class);
        }
    }

    @Path("plugin/" + ID)
    public static class TasklistAssets extends AbstractTasklistPluginRootResource {
        public TasklistAssets() {
            super(ID);
        }
    }

    public static class Cockpit extends AbstractCockpitPlugin {
        @Override
        public String getId() {
            return ID;
        }

        @Override
        public Set<Class<?>> getResourceClasses() {
            return Set.of(CockpitAssets.class);
        }
    }

    @Path("plugin/" + ID)
    public static class CockpitAssets extends AbstractCockpitPluginRootResource {
        public CockpitAssets() {
            super(ID);
        }
    }

    public static class Admin extends AbstractAdminPlugin {
        @Override
        public String getId() {
            return ID;
        }

        @Override
        public Set<Class<?>> getResourceClasses() {
            return Set.of(AdminAssets.class);
        }
    }

    @Path("plugin/" + ID)
    public static class AdminAssets extends AbstractAdminPluginRootResource {
        public AdminAssets() {
            super(ID);
        }
    }

    public static class Welcome extends AbstractWelcomePlugin {
        @Override
        public String getId() {
            return ID;
        }

        @Override
        public Set<Class<?>> getResourceClasses() {
            return Set.of(WelcomeAssets.class);
        }
    }

    @Path("plugin/" + ID)
    public static class WelcomeAssets extends AbstractWelcomePluginRootResource {
        public WelcomeAssets() {
            super(ID);
        }
    }
}
