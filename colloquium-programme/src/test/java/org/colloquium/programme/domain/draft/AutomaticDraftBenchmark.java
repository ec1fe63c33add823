package org.colloquium.programme.domain.draft;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The automatic draft on a conference of 500 contributions, against a plain greedy first-fit on the
 * same instance in the same run. Not a test: run by hand (see docs/performance.md, "Automatic
 * programme draft"), because its figures depend on the machine.
 *
 * <p>Two instances from one deterministic generator: "briefed" (6 rooms, 3 days of 5 blocks of 90
 * minutes), which holds fewer room-minutes than 500 talks of 15 to 30 minutes need, so the best
 * draft leaves some out; and "roomy" (the same contributions, 12 rooms), where all fit.
 *
 * <p>Arguments: [time limit in seconds, default 30] [instance: briefed, roomy or both (default)].
 */
public final class AutomaticDraftBenchmark {

  static final LocalDate FIRST_DAY = LocalDate.of(2027, 5, 10);
  static final String[] BLOCK_STARTS = {"09:00", "11:00", "13:30", "15:30", "17:30"};
  static final int[] BRIEFED_ROOMS = {300, 120, 80, 60, 40, 30};
  static final int[] ROOMY_ROOMS = {300, 120, 80, 60, 40, 30, 100, 60, 50, 40, 40, 30};
  static final double[] TRACK_POPULARITY = {0.30, 0.20, 0.14, 0.10, 0.09, 0.07, 0.06, 0.04};

  /** {@code -Ddraft.verbose=true} prints every better draft as it comes. */
  static final boolean VERBOSE = Boolean.getBoolean("draft.verbose");

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private AutomaticDraftBenchmark() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    String which = args.length > 1 ? args[1] : "both";
    System.out.printf(
        Locale.ROOT,
        "cores %d, max heap %d MB, time limit %d s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        seconds);
    if (!which.equals("roomy")) {
      run("briefed", generate(500, BRIEFED_ROOMS, 5, 42), seconds);
    }
    if (!which.equals("briefed")) {
      run("roomy", generate(500, ROOMY_ROOMS, 5, 42), seconds);
    }
  }

  private static void run(String name, DraftProblem problem, int seconds) {
    int demand =
        problem.contributions().stream().mapToInt(DraftContribution::durationMinutes).sum();
    List<DraftBlock> blocks =
        problem.days().stream().flatMap(day -> day.blocks().stream()).toList();
    int supply = 0;
    for (DraftBlock block : blocks) {
      for (DraftRoom room : problem.rooms()) {
        if (room.unavailable().stream().noneMatch(i -> i.overlaps(block.start(), block.end()))) {
          supply += block.lengthMinutes();
        }
      }
    }
    // A bound no draft can beat: the shortest contributions first into every open room-minute.
    int[] durations =
        problem.contributions().stream()
            .mapToInt(DraftContribution::durationMinutes)
            .sorted()
            .toArray();
    int filled = 0;
    int placeable = 0;
    while (placeable < durations.length && filled + durations[placeable] <= supply) {
      filled += durations[placeable++];
    }
    System.out.printf(
        Locale.ROOT,
        "%n== %s: %d contributions (%d minutes), %d rooms, %d blocks (%d open room-minutes);"
            + " at least %d cannot be placed%n",
        name,
        problem.contributions().size(),
        demand,
        problem.rooms().size(),
        blocks.size(),
        supply,
        durations.length - placeable);

    long greedyStart = System.nanoTime();
    Map<Long, DraftPlacement> greedy = greedy(problem);
    Duration greedyTime = Duration.ofNanos(System.nanoTime() - greedyStart);
    DraftResult greedyResult = AutomaticDraft.check(problem, greedy);
    report("greedy first-fit", greedyResult, greedyTime, null, null);

    Duration[] feasibleAt = new Duration[1];
    Duration[] completeAt = new Duration[1];
    Duration[] greedyLevelAt = new Duration[1];
    long cpuStart = CPU.getCurrentThreadCpuTime();
    DraftResult result =
        AutomaticDraft.solve(
            problem,
            Duration.ofSeconds(seconds),
            progress -> {
              DraftScore score = progress.bestScore();
              if (VERBOSE) {
                System.out.println("  progress " + progress);
              }
              if (feasibleAt[0] == null && score.feasible()) {
                feasibleAt[0] = progress.elapsed();
              }
              if (completeAt[0] == null && score.complete()) {
                completeAt[0] = progress.elapsed();
              }
              if (greedyLevelAt[0] == null
                  && score.hard() == 0
                  && score.medium() >= greedyResult.score().medium()) {
                greedyLevelAt[0] = progress.elapsed();
              }
            });
    Duration cpu = Duration.ofNanos(CPU.getCurrentThreadCpuTime() - cpuStart);
    report("Timefold", result, result.elapsed(), feasibleAt[0], completeAt[0]);
    // The solver runs on this thread: its CPU time shows how much of a core it had on a busy
    // machine.
    System.out.printf(Locale.ROOT, "  CPU time of the solving thread %s%n", seconds(cpu));
    System.out.printf(
        Locale.ROOT,
        "  Timefold reached the greedy draft's number of placed contributions at %s%n",
        seconds(greedyLevelAt[0]));
  }

  private static void report(
      String method, DraftResult result, Duration time, Duration feasible, Duration complete) {
    System.out.printf(
        Locale.ROOT,
        "%-17s time %s, score %s, hard violations %d, unplaced %d%n",
        method,
        seconds(time),
        result.score(),
        result.warnings(DraftWarningKind.Level.HARD).size(),
        result.unplacedCount());
    if (feasible != null || complete != null) {
      System.out.printf(
          Locale.ROOT,
          "  first feasible (0 hard) at %s, first complete (0 hard, all placed) at %s%n",
          seconds(feasible),
          seconds(complete));
    }
    Map<DraftWarningKind, Integer> byKind = new EnumMap<>(DraftWarningKind.class);
    result.warnings().forEach(warning -> byKind.merge(warning.kind(), 1, Integer::sum));
    System.out.println("  warnings by kind: " + byKind);
  }

  private static String seconds(Duration duration) {
    return duration == null
        ? "never"
        : String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
  }

  /**
   * A realistic conference from a seed: tracks of skewed popularity, talks of 15, 20 and 30
   * minutes, about 350 speakers of whom some give two or three talks, co-speakers, some speakers
   * away for a day or an afternoon, some preferences, and one keynote a day.
   */
  static DraftProblem generate(int count, int[] capacities, int blocksPerDay, long seed) {
    Random random = new Random(seed);
    List<DraftDay> days = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      LocalDate date = FIRST_DAY.plusDays(d);
      List<DraftBlock> blocks = new ArrayList<>();
      for (int b = 0; b < blocksPerDay; b++) {
        Instant start = date.atTime(LocalTime.parse(BLOCK_STARTS[b])).toInstant(ZoneOffset.UTC);
        blocks.add(new DraftBlock("d" + (d + 1) + "b" + (b + 1), start, start.plusSeconds(5400)));
      }
      days.add(new DraftDay(date, blocks));
    }
    List<DraftRoom> rooms = new ArrayList<>();
    for (int r = 0; r < capacities.length; r++) {
      rooms.add(new DraftRoom(r + 1, "Room " + (r + 1), capacities[r], List.of()));
    }
    // The second-largest room is closed on the last afternoon (a graduation, say).
    Instant lastAfternoon = FIRST_DAY.plusDays(2).atTime(13, 0).toInstant(ZoneOffset.UTC);
    rooms.set(
        1,
        new DraftRoom(
            2,
            "Room 2",
            capacities[1],
            List.of(new DraftInterval(lastAfternoon, lastAfternoon.plusSeconds(6 * 3600)))));

    int speakerCount = 350;
    List<DraftContribution> contributions = new ArrayList<>();
    int keynotes = 3;
    for (int k = 0; k < keynotes; k++) {
      contributions.add(
          new DraftContribution(
              k + 1,
              45,
              null,
              "en",
              List.of("keynote" + (k + 1) + "@example.org"),
              240 + random.nextInt(50),
              ContributionKind.KEYNOTE,
              null));
    }
    for (int i = keynotes; i < count; i++) {
      int track = pick(random, TRACK_POPULARITY);
      Long trackId = random.nextDouble() < 0.05 ? null : (long) (track + 1);
      double roll = random.nextDouble();
      int duration = roll < 0.40 ? 15 : roll < 0.75 ? 20 : 30;
      String language = random.nextDouble() < 0.15 ? "ro" : "en";
      int speaker = i - keynotes < speakerCount ? i - keynotes : random.nextInt(120);
      List<String> speakers = new ArrayList<>();
      speakers.add(speakerKey(speaker));
      if (random.nextDouble() < 0.10) {
        int coSpeaker = random.nextInt(speakerCount);
        if (coSpeaker != speaker) {
          speakers.add(speakerKey(coSpeaker));
        }
      }
      double mean = 15 + 120 * TRACK_POPULARITY[track];
      int audience = (int) Math.round(mean * (0.5 + 0.9 * random.nextDouble()));
      if (random.nextDouble() < 0.02) {
        audience *= 3;
      }
      contributions.add(
          new DraftContribution(
              i + 1, duration, trackId, language, speakers, audience, ContributionKind.TALK, null));
    }

    Map<String, List<DraftInterval>> unavailable = new LinkedHashMap<>();
    Map<String, SpeakerPreference> preferences = new LinkedHashMap<>();
    for (int s = 0; s < speakerCount; s++) {
      double roll = random.nextDouble();
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(3));
      if (roll < 0.05) {
        unavailable.put(
            speakerKey(s),
            List.of(
                new DraftInterval(
                    day.atStartOfDay().toInstant(ZoneOffset.UTC),
                    day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))));
      } else if (roll < 0.08) {
        unavailable.put(
            speakerKey(s),
            List.of(
                new DraftInterval(
                    day.atTime(13, 0).toInstant(ZoneOffset.UTC),
                    day.atTime(20, 0).toInstant(ZoneOffset.UTC))));
      } else if (roll < 0.18) {
        preferences.put(speakerKey(s), new SpeakerPreference(Set.of(day), Set.of()));
      } else if (roll < 0.23) {
        String block = "d" + (random.nextInt(3) + 1) + "b" + (random.nextInt(blocksPerDay) + 1);
        preferences.put(speakerKey(s), new SpeakerPreference(Set.of(), Set.of(block)));
      }
    }
    return new DraftProblem(days, rooms, contributions, unavailable, preferences);
  }

  private static String speakerKey(int speaker) {
    return "speaker" + speaker + "@example.org";
  }

  private static int pick(Random random, double[] weights) {
    double roll = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /**
   * The reference: the hardest contributions first (keynotes, then the largest audiences, the
   * longest, those whose speakers have most talks), each in the first block and smallest room where
   * it breaks no rule; left out when there is none. No wish is considered.
   */
  static Map<Long, DraftPlacement> greedy(DraftProblem problem) {
    record Slot(DraftBlock block, DraftRoom room) {}
    List<DraftBlock> blocks =
        problem.days().stream().flatMap(day -> day.blocks().stream()).toList();
    List<DraftRoom> rooms =
        problem.rooms().stream()
            .sorted(
                Comparator.comparing(
                    (DraftRoom room) ->
                        room.capacity() == null ? Integer.MAX_VALUE : room.capacity()))
            .toList();
    Map<String, Integer> talksPerSpeaker = new HashMap<>();
    problem
        .contributions()
        .forEach(c -> c.speakerKeys().forEach(s -> talksPerSpeaker.merge(s, 1, Integer::sum)));
    List<DraftContribution> order =
        problem.contributions().stream()
            .sorted(
                Comparator.comparing((DraftContribution c) -> c.kind() != ContributionKind.KEYNOTE)
                    .thenComparing(DraftContribution::expectedAudience, Comparator.reverseOrder())
                    .thenComparing(DraftContribution::durationMinutes, Comparator.reverseOrder())
                    .thenComparing(
                        c -> -c.speakerKeys().stream().mapToInt(talksPerSpeaker::get).sum())
                    .thenComparing(DraftContribution::id))
            .toList();
    Map<Slot, Integer> used = new HashMap<>();
    Map<String, List<Slot>> speakerSlots = new HashMap<>();
    Map<Long, DraftPlacement> placements = new HashMap<>();
    for (DraftContribution contribution : order) {
      search:
      for (DraftBlock block : blocks) {
        if (block.lengthMinutes() < contribution.durationMinutes()) {
          continue;
        }
        if (contribution.speakerKeys().stream()
            .anyMatch(
                s ->
                    problem.speakerUnavailable().getOrDefault(s, List.of()).stream()
                        .anyMatch(i -> i.overlaps(block.start(), block.end())))) {
          continue;
        }
        for (DraftRoom room : rooms) {
          Slot slot = new Slot(block, room);
          boolean fits =
              (room.capacity() == null || room.capacity() >= contribution.expectedAudience())
                  && room.unavailable().stream()
                      .noneMatch(i -> i.overlaps(block.start(), block.end()))
                  && used.getOrDefault(slot, 0) + contribution.durationMinutes()
                      <= block.lengthMinutes()
                  && contribution.speakerKeys().stream()
                      .allMatch(
                          s ->
                              speakerSlots.getOrDefault(s, List.of()).stream()
                                  .allMatch(
                                      other ->
                                          other.equals(slot)
                                              || !(other.block().start().isBefore(block.end())
                                                  && block.start().isBefore(other.block().end()))));
          if (fits) {
            used.merge(slot, contribution.durationMinutes(), Integer::sum);
            contribution
                .speakerKeys()
                .forEach(s -> speakerSlots.computeIfAbsent(s, k -> new ArrayList<>()).add(slot));
            placements.put(contribution.id(), new DraftPlacement(block.id(), room.id()));
            break search;
          }
        }
      }
    }
    return placements;
  }
}
