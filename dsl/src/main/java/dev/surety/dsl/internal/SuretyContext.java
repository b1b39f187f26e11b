package dev.surety.dsl.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * The superclass of every context the parser generates (the grammar's {@code contextSuperClass}):
 * the parse tree as ANTLR builds it, with the terminal nodes added and looked up by their class
 * rather than by the {@link TerminalNode} interface.
 *
 * <p>Why: on Java 17, an object whose class is checked against two interfaces in turn ({@code
 * ParseTree} when it is read from a list of children, {@code TerminalNode} when it is tested or
 * returned) rewrites one cached word in its class's metadata on every check, and when two threads
 * do so the processors fight over that cache line (JDK-8180450, fixed in Java 23). ANTLR's own
 * {@code addChild} and {@code getToken} do exactly that for each token, so with {@code --jobs 2}
 * each thread spent 7% more processor time on the same drafts than one thread alone (none on Java
 * 25). A test against the class is a plain comparison and writes nothing. Behaviour is ANTLR's:
 * its terminal nodes are {@link TerminalNodeImpl} and its error nodes a subclass of it.
 *
 * <p>The children are walked by index, not with an iterator: the command line's compiler (C1)
 * allocates each iterator, and the model builder asks a context for its children millions of times
 * on a large corpus. And the text of a context of one token (an ident, a word) is that token's,
 * without ANTLR's builder and its copy.
 */
public class SuretyContext extends ParserRuleContext {

  public SuretyContext() {}

  public SuretyContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public TerminalNode addChild(TerminalNode t) {
    t.setParent(this);
    if (children == null) {
      children = new ArrayList<>();
    }
    children.add(t);
    return t;
  }

  @Override
  public TerminalNode getToken(int ttype, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int found = -1;
    for (int k = 0; k < children.size(); k++) {
      Object child = children.get(k);
      if (child instanceof TerminalNodeImpl) {
        TerminalNodeImpl node = (TerminalNodeImpl) child;
        if (node.symbol.getType() == ttype && ++found == i) {
          return node;
        }
      }
    }
    return null;
  }

  @Override
  public List<TerminalNode> getTokens(int ttype) {
    if (children == null) {
      return Collections.emptyList();
    }
    List<TerminalNode> tokens = null;
    for (int k = 0; k < children.size(); k++) {
      Object child = children.get(k);
      if (child instanceof TerminalNodeImpl) {
        TerminalNodeImpl node = (TerminalNodeImpl) child;
        if (node.symbol.getType() == ttype) {
          if (tokens == null) {
            tokens = new ArrayList<>();
          }
          tokens.add(node);
        }
      }
    }
    return tokens == null ? Collections.emptyList() : tokens;
  }

  @Override
  public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int found = -1;
    for (int k = 0; k < children.size(); k++) {
      Object child = children.get(k); // no cast to the ParseTree interface: see above
      if (ctxType.isInstance(child) && ++found == i) {
        return ctxType.cast(child);
      }
    }
    return null;
  }

  @Override
  public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
    if (children == null) {
      return Collections.emptyList();
    }
    List<T> contexts = null;
    for (int k = 0; k < children.size(); k++) {
      Object child = children.get(k); // no cast to the ParseTree interface: see above
      if (ctxType.isInstance(child)) {
        if (contexts == null) {
          contexts = new ArrayList<>();
        }
        contexts.add(ctxType.cast(child));
      }
    }
    return contexts == null ? Collections.emptyList() : contexts;
  }

  @Override
  public String getText() {
    if (children != null && children.size() == 1) {
      Object only = children.get(0); // no cast to the ParseTree interface: see above
      if (only instanceof TerminalNodeImpl) {
        return ((TerminalNodeImpl) only).symbol.getText();
      }
    }
    return super.getText();
  }
}
