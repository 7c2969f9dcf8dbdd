package id.alur.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.alur.workflow.StepFigureRows.Bucket;
import id.alur.workflow.StepFigureRows.Distribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Percentiles read from working-time buckets ({@link Distribution}) against SQL's {@code percentile_cont} over the
 * values themselves (computed here the same way: the value at fraction × (n − 1), interpolated).
 */
class StepFigureRowsTests {

    @Test
    void givesPercentileContExactlyWhenEachBucketHoldsOneValueOrTwoSteps() {
        // 2 and 30 minutes (the compliance test's activity 1): median 16, p90 27.2 minutes
        assertThat(distribution(120, 1800).percentile(0.5)).isEqualTo(960.0);
        assertThat(distribution(120, 1800).percentile(0.9)).isCloseTo(1632.0, within(1e-9));
        // 47 and 48 minutes share the bucket 2800..2899 (two steps); three of 1 minute 40 share 100..109 (one value)
        long[] pairs = {2820, 2880, 100, 100, 100, 60, 7};
        for (double fraction : new double[] {0, 0.1, 0.5, 0.9, 1}) {
            assertThat(distribution(pairs).percentile(fraction))
                    .as("fraction %s", fraction)
                    .isCloseTo(percentileCont(pairs, fraction), within(1e-9));
        }
    }

    @Test
    void staysWithinTheBucketsWidthOtherwise() {
        var random = new Random(13);
        for (int round = 0; round < 200; round++) {
            long[] values = new long[1 + random.nextInt(400)];
            for (int i = 0; i < values.length; i++) {
                values[i] = (long) Math.exp(random.nextDouble() * Math.log(200_000));
            }
            for (double fraction : new double[] {0.5, 0.9}) {
                double exact = percentileCont(values, fraction);
                assertThat(distribution(values).percentile(fraction))
                        .as("round %d fraction %s", round, fraction)
                        .isCloseTo(exact, within(Math.max(1, exact / 10)));
            }
        }
    }

    @Test
    void countsTheValuesAtMostALimitExactlyButInsideTheBucketThatHoldsIt() {
        // the whole cases of the compliance test: 15 and 47 office minutes against a total of 20
        assertThat(distribution(900, 2820).atMost(1200)).isEqualTo(1);
        assertThat(distribution(900, 2820).atMost(2820)).isEqualTo(2);
        assertThat(distribution(900, 2820).atMost(899)).isZero();
        // 1200 and 1250 share the bucket 1200..1299: the limit 1220 lies between them
        assertThat(distribution(1200, 1250, 1290).atMost(1220)).isEqualTo(1);
        assertThat(distribution(1200, 1250, 1290).atMost(1245)).isEqualTo(2);
    }

    @Test
    void bucketsKeepTwoSignificantDigits() {
        assertThat(bucket(0)).isZero();
        assertThat(bucket(99)).isEqualTo(99);
        assertThat(bucket(100)).isEqualTo(100);
        assertThat(bucket(1799)).isEqualTo(1700);
        assertThat(bucket(28_260)).isEqualTo(28_000);
    }

    @Test
    void anEmptyGroupHasZeroAsSqlsNullReadsAsZero() {
        assertThat(new Distribution(List.of()).percentile(0.5)).isZero();
    }

    /** The same rounding as V5_190's workflow_seconds_bucket. */
    static long bucket(long seconds) {
        if (seconds < 100) {
            return seconds;
        }
        long unit = (long) Math.pow(10, Long.toString(seconds).length() - 2);
        return seconds - seconds % unit;
    }

    static Distribution distribution(long... values) {
        var bins = new TreeMap<Long, long[]>();
        for (long v : values) {
            bins.merge(bucket(v), new long[] {1, v, v}, (a, b) ->
                    new long[] {a[0] + 1, Math.min(a[1], b[1]), Math.max(a[2], b[2])});
        }
        List<Bucket> list = new ArrayList<>();
        bins.forEach((bucket, b) -> list.add(new Bucket(b[0], b[1], b[2])));
        return new Distribution(list);
    }

    static double percentileCont(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = fraction * (sorted.length - 1);
        int below = (int) Math.floor(position);
        double rest = position - below;
        return rest == 0 ? sorted[below] : sorted[below] + rest * (sorted[below + 1] - sorted[below]);
    }
}
