package dev.surety.dsl.internal;

import dev.surety.dsl.internal.SuretyParser.ArrangementBodyContext;
import dev.surety.dsl.internal.SuretyParser.ArrangementContext;
import dev.surety.dsl.internal.SuretyParser.FileBodyContext;
import dev.surety.dsl.internal.SuretyParser.MemberContext;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Builds a file's model while it is parsed: each statement (an include or a shared declaration at
 * file level, a member of an arrangement) is handed to the {@link ModelBuilder} as soon as the
 * parser leaves it, then taken out of the tree, so that the tree never holds more than the
 * statement being parsed. Used only by the parse that bails out at the first syntax error: what it
 * built is thrown away if the parse fails.
 */
final class StatementListener implements Consumer<ParserRuleContext> {

  private final ModelBuilder builder;
  private final FileModel model = new FileModel();
  private ModelBuilder.ArrangementInProgress arrangement;

  StatementListener(ModelBuilder builder) {
    this.builder = builder;
  }

  FileModel model() {
    model.kindWords = builder.kindWords();
    return model;
  }

  @Override
  public void accept(ParserRuleContext ctx) {
    ParserRuleContext parent = ctx.getParent();
    if (ctx instanceof MemberContext && parent instanceof ArrangementBodyContext) {
      if (arrangement == null) {
        arrangement = new ModelBuilder.ArrangementInProgress();
      }
      builder.addMember(arrangement, (MemberContext) ctx);
      parent.removeLastChild();
    } else if (parent instanceof FileBodyContext) {
      if (ctx instanceof ArrangementContext) {
        builder.finish(arrangement == null ? new ModelBuilder.ArrangementInProgress() : arrangement,
            (ArrangementContext) ctx).ifPresent(model.arrangements::add);
        arrangement = null;
      } else {
        builder.addFileChild(ctx, model);
      }
      parent.removeLastChild();
    }
  }
}
