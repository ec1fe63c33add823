package org.colloquium.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view-scoped bean can travel to another node of a cluster: the session holding it is
 * replicated by serialisation, and a field that cannot be serialised makes the replication of the
 * whole session fail at run time (the person then loses their session when their node dies). Weld
 * already refuses, at deployment, an injected dependency that is not passivation capable; this test
 * covers the rest: every field that is neither injected nor transient must be serialisable, with
 * every type inside it (the records in a list, the values of a map).
 */
class ViewStateSerializableTest {

  /** Types whose values are serialisable although the declared type does not say so. */
  private static final List<Class<?>> CONTAINERS =
      List.of(List.class, Set.class, Collection.class, Map.class);

  @Test
  void everyFieldOfEveryViewScopedBeanIsSerialisableOrTransientOrInjected() throws Exception {
    List<Class<?>> beans = viewScopedBeans();
    assertTrue(beans.size() >= 40, "found " + beans.size() + " view-scoped beans");
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers)
              || Modifier.isTransient(modifiers)
              || field.isAnnotationPresent(Inject.class)
              || field.isSynthetic()) {
            continue;
          }
          check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Adds to {@code problems} every part of {@code type} whose values cannot be serialised. */
  private static void check(Type type, String where, List<String> problems) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        check(c.getComponentType(), where, problems);
      } else if (!c.isPrimitive()
          && !Serializable.class.isAssignableFrom(c)
          && !CONTAINERS.contains(c)) {
        problems.add(where + ": " + c.getName());
      } else if (!c.isPrimitive() && !c.getName().startsWith("java.")) {
        // An application type: its own fields travel with it.
        for (Field field : c.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          // An inner class's link to its bean (this$0) is the bean itself, checked above.
          if (!Modifier.isStatic(modifiers)
              && !Modifier.isTransient(modifiers)
              && !field.isSynthetic()
              && !field.isAnnotationPresent(Inject.class)) {
            checkOnce(field.getGenericType(), where + "." + field.getName(), problems);
          }
        }
      }
    } else if (type instanceof ParameterizedType p) {
      check(p.getRawType(), where, problems);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, where + "<>", problems);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), where, problems);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, where, problems);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        if (bound != Object.class) {
          check(bound, where, problems);
        }
      }
    }
  }

  private static final java.util.Set<Type> SEEN =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Recursive types (a tree of records) are checked once. */
  private static void checkOnce(Type type, String where, List<String> problems) {
    if (SEEN.add(type)) {
      check(type, where, problems);
    }
  }

  private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException {
    // target/test-classes -> target/classes
    Path classes =
        Path.of(
                ViewStateSerializableTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .getParent()
            .resolve("classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> c = Class.forName(name, false, ViewStateSerializableTest.class.getClassLoader());
          if (c.isAnnotationPresent(ViewScoped.class)) {
            beans.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // A class that needs the server to load is no view-scoped bean of ours.
        }
      }
    }
    return beans;
  }
}
