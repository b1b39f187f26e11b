package dev.surety.bench;

import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Surety;
import dev.surety.dsl.SuretyCompiler;
import dev.surety.dsl.internal.SuretyLexer;
import dev.surety.dsl.internal.SuretyParser;
import dev.surety.dsl.json.ArrangementJson;
import dev.surety.validation.SuretyValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm throughput of the four pipelines over the same {@link Workload} (one operation reads every
 * draft of it): (a) lex and parse only, as the compiler does it (SLL first, LL on failure); (b)
 * compile to the model; (c) compile and validate, as {@code surety lint} does ({@link
 * Surety#check} with the findings only, no assessment); (d) the same arrangements as JSON read by
 * Jackson into the model and validated by the same validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Throughput {

  private Workload workload;
  private SuretyCompiler compiler;
  private Surety surety;
  private SuretyValidator validator;

  @Setup(Level.Trial)
  public void setUp() {
    workload = new Workload();
    compiler = SuretyCompiler.create();
    surety = Surety.builder().assess(false).build();
    validator = SuretyValidator.shared();
  }

  /** (a) The floor of this architecture: ANTLR's lexer and parser, the whole parse tree. */
  @Benchmark
  public void a_parse(Blackhole bh) {
    for (String text : workload.drafts) {
      bh.consume(parse(text));
    }
  }

  /** (b) Compile to the model. */
  @Benchmark
  public void b_compile(Blackhole bh) {
    List<String> drafts = workload.drafts;
    for (int i = 0; i < drafts.size(); i++) {
      bh.consume(compiler.compile(drafts.get(i), workload.names.get(i)));
    }
  }

  /**
   * (c) Compile and validate, with suppressions and severities: what {@code surety lint} does with
   * each file (it makes no assessment).
   */
  @Benchmark
  public void c_check(Blackhole bh) {
    List<String> drafts = workload.drafts;
    for (int i = 0; i < drafts.size(); i++) {
      bh.consume(surety.check(drafts.get(i), workload.names.get(i)));
    }
  }

  /** (d) The alternative to a language: JSON read by Jackson into the model, then validated. */
  @Benchmark
  public void d_json(Blackhole bh) {
    for (List<String> forms : workload.json) {
      for (String form : forms) {
        Arrangement arrangement = ArrangementJson.read(form);
        bh.consume(validator.validate(arrangement));
      }
    }
  }

  /**
   * Lexes and parses as {@code FileParser} does: SLL prediction with a bail-out, full LL only when
   * SLL fails. Returns whether LL was needed (a fallback), through {@link Parsed}.
   */
  public static Parsed parse(String text) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    SuretyParser parser = new SuretyParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return new Parsed(parser.file(), false);
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      return new Parsed(parser.file(), true);
    }
  }

  /** A parse tree, and whether it took the LL fallback. */
  public record Parsed(SuretyParser.FileContext tree, boolean fallback) {}
}
