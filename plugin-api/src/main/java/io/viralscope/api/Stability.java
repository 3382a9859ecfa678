package io.viralscope.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far a plugin author may build on a public type of the plugin API (after JUnit's {@code @API}).
 *
 * <ul>
 *   <li>{@link Level#STABLE}: changes only compatibly within a major version of the API.</li>
 *   <li>{@link Level#EXPERIMENTAL}: may change in a minor version; feedback welcome.</li>
 * </ul>
 *
 * <p>Since 1.6.0 it may also mark a field, such as an enum constant added after its type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public @interface Stability {

    /** The promise made about the annotated element. */
    Level level();

    /** The plugin API version in which the element reached its level. */
    String since();

    /** Stability levels. */
    enum Level { STABLE, EXPERIMENTAL }
}
