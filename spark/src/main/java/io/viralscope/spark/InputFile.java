package io.viralscope.spark;

import java.io.Serializable;

/**
 * One input file of the job.
 *
 * @param index its position among the inputs, which decides whose sample is kept when two files hold the same
 *              video, instant and source (the first, as an import keeps what was stored first)
 * @param uri   where executors read it (a Hadoop file system path: a local path, {@code hdfs://}, {@code s3a://})
 * @param name  the name messages show
 */
record InputFile(int index, String uri, String name) implements Serializable {

    /** True for a Parquet file, read by Spark itself; everything else is read as CSV. */
    boolean parquet() {
        return uri.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
    }
}
