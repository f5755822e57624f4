package org.supervision.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of workspace pages (HTML for people, not the JSON API). Its pages get the
 * workspace's frame: who is logged in, the links to their homes, the policy's title. Kept
 * in the kernel so that each feature can serve its own pages, as it serves its own API.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WorkspacePage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
