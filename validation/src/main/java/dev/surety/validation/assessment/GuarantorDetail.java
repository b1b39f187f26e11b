package dev.surety.validation.assessment;

import java.util.List;
import org.immutables.value.Value;

/** A guarantor and each of its commitments. */
@Value.Immutable
public interface GuarantorDetail {
  String id();

  /** The declared name, or the id when the guarantor is not declared. */
  String name();

  List<CommitmentDetail> commitments();

  static ImmutableGuarantorDetail.Builder builder() {
    return ImmutableGuarantorDetail.builder();
  }
}
