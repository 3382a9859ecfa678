package io.viralscope.app.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HumanNumbersTest {

    @Test
    void compactCountsKeepThreeSignificantDigitsAndASuffix() {
        assertThat(HumanNumbers.compact(0.0)).isEqualTo("0");
        assertThat(HumanNumbers.compact(950.0)).isEqualTo("950");
        assertThat(HumanNumbers.compact(1234.0)).isEqualTo("1.23k");
        assertThat(HumanNumbers.compact(12_345.0)).isEqualTo("12.3k");
        assertThat(HumanNumbers.compact(250_000.0)).isEqualTo("250k");
        assertThat(HumanNumbers.compact(1_200_000.0)).isEqualTo("1.2M");
        assertThat(HumanNumbers.compact(1_250_000.0)).isEqualTo("1.25M");
        assertThat(HumanNumbers.compact(999_950.0)).isEqualTo("1M"); // rounds up into the next suffix
        assertThat(HumanNumbers.compact(3.4e9)).isEqualTo("3.4B");
        assertThat(HumanNumbers.compact(-1500.0)).isEqualTo("−1.5k");
        assertThat(HumanNumbers.compact(null)).isEqualTo("—");
    }

    @Test
    void percentagesAndParametersReadAsPeopleWriteThem() {
        assertThat(HumanNumbers.percent(0.0183)).isEqualTo("1.83%");
        assertThat(HumanNumbers.percent(0.005)).isEqualTo("0.5%");
        assertThat(HumanNumbers.percent(0.00012)).isEqualTo("0.012%");
        assertThat(HumanNumbers.percent(null)).isEqualTo("—");
        assertThat(HumanNumbers.wholePercent(0.724)).isEqualTo("72%");
        assertThat(HumanNumbers.decimal(0.9987)).isEqualTo("0.9987");
        assertThat(HumanNumbers.decimal(-412.71)).isEqualTo("−412.7");
        assertThat(HumanNumbers.decimal(0.0000321)).isEqualTo("3.21e-5");
        assertThat(HumanNumbers.ratio(51.43)).isEqualTo("51.4");
        assertThat(HumanNumbers.ratio(0.617)).isEqualTo("0.62");
        assertThat(HumanNumbers.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void tinyAndHugeNumbersReadWithoutStringsOfZeros() {
        assertThat(HumanNumbers.ratio(7.7e-14)).isEqualTo("< 0.01");
        assertThat(HumanNumbers.ratio(-7.7e-14)).isEqualTo("< −0.01");
        assertThat(HumanNumbers.ratio(0.0)).isEqualTo("0");
        assertThat(HumanNumbers.ratio(0.01)).isEqualTo("0.01");
        assertThat(HumanNumbers.ratio(12_345.0)).isEqualTo("12.3k");
        assertThat(HumanNumbers.percent(7.7e-14)).isEqualTo("< 0.001%");
        assertThat(HumanNumbers.percent(0.0)).isEqualTo("0%");
        assertThat(HumanNumbers.compact(999e12)).isEqualTo("999T");
        assertThat(HumanNumbers.compact(3.2e18)).isEqualTo("3.2e18");
        assertThat(HumanNumbers.decimal(7.7e-14)).isEqualTo("7.7e-14");
    }

    @Test
    void aCoefficientSuchAsAFitsRSquaredReadsToTwoDecimals() {
        assertThat(HumanNumbers.twoDecimals(0.9999)).isEqualTo("1");
        assertThat(HumanNumbers.twoDecimals(0.98731)).isEqualTo("0.99");
        assertThat(HumanNumbers.twoDecimals(0.5)).isEqualTo("0.5");
        assertThat(HumanNumbers.twoDecimals(-0.01971)).isEqualTo("−0.02");
        assertThat(HumanNumbers.twoDecimals(-0.0000213)).isEqualTo("0");
        assertThat(HumanNumbers.twoDecimals(-0.05805)).isEqualTo("−0.06");
    }
}
