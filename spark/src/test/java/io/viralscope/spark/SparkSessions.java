package io.viralscope.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/** The tests' Spark: local mode on two cores, started once per test class. */
final class SparkSessions {

    private SparkSessions() {
    }

    static SparkSession local() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("viralscope-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }

    /** The built-in plugins, built by the app module before this one. */
    static Path plugins() {
        return Path.of(System.getProperty("viralscope.test.plugins", "../app/target/plugins"));
    }
}
