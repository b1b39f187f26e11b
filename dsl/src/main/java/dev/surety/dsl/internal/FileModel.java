package dev.surety.dsl.internal;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Include;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Reference;
import dev.surety.core.model.Trigger;
import dev.surety.core.source.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one file declares, before includes are followed and ids resolved. */
public final class FileModel {
  public final List<Include> includes = new ArrayList<>();
  public final List<Party> parties = new ArrayList<>();
  public final List<Organisation> organisations = new ArrayList<>();
  public final List<Coalition> coalitions = new ArrayList<>();
  public final List<Trigger> triggers = new ArrayList<>();
  public final List<Arrangement> arrangements = new ArrayList<>();
  /**
   * The ids of declarations, here or in this file's arrangements, that a syntax error kept from
   * being read: a reference to one is not reported undeclared (SUR101), since the declaration's
   * own error says what is wrong.
   */
  public final Set<String> unreadIds = new HashSet<>();
  /**
   * Whether an include of this file has a syntax error ({@code include "x.surety"} without its
   * {@code .}, {@code Include "x.surety".}): what it would have declared is unknown, so no id is
   * reported undeclared (SUR101) in this file or in a file that includes it.
   */
  public boolean unreadInclude;
  /**
   * The words, each with its range, of every commitment kind of more than one word that is not a
   * known kind and begins with an identifier, by the kind's range: where the first words are
   * declared parties ({@code FR DE military aid}), the {@code ,} between the parties was left out,
   * which only the file's scope can tell.
   */
  public Map<SourceRange, List<Reference>> kindWords = Map.of();
}
