package dev.surety.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the model's record-style accessors ({@code kind()}, {@code
 * commitments()}) as properties: any method without parameters that returns something, apart from
 * {@link Object}'s own, is the getter of the property of the same name.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
  private static final Set<String> EXCLUDED = Set.of("toString", "hashCode", "getClass", "clone", "builder");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || EXCLUDED.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
