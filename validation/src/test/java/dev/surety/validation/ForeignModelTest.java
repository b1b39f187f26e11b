package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Layer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator works on any implementation of the model's interfaces, not only the Immutables
 * classes its metadata was built for: an application may keep its arrangements in classes of its
 * own.
 */
class ForeignModelTest {

  @SuppressWarnings("unchecked")
  private static <T> T foreign(Class<T> type, T delegate) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          try {
            Object result = method.invoke(delegate, args);
            if (method.getName().equals("layers")) {
              return ((List<Layer>) result).stream().map(l -> foreign(Layer.class, l)).toList();
            }
            return result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void anArrangementOfAnotherClassGetsTheSameFindingsAndAssessment() {
    for (Arrangement own : List.<Arrangement>of(Examples.budapest(), Examples.threeLayer(false))) {
      Arrangement elsewhere = foreign(Arrangement.class, own);
      assertThat(elsewhere.getClass()).isNotEqualTo(own.getClass());
      SuretyValidator validator = SuretyValidator.shared();
      List<Diagnostic> expected = validator.validate(own);
      assertThat(expected).isNotEmpty();
      assertThat(validator.validate(elsewhere)).isEqualTo(expected);
      assertThat(validator.assess(elsewhere)).isEqualTo(validator.assess(own));
    }
    // the layers, through the proxy, are of another class too
    assertThat(foreign(Arrangement.class, Examples.threeLayer(false)).layers())
        .isNotEmpty().allMatch(layer -> Proxy.isProxyClass(layer.getClass()));
  }
}
