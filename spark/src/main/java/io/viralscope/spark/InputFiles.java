package io.viralscope.spark;

import io.viralscope.app.UserError;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's inputs: the files named, and the {@code .csv} and {@code .parquet} files under each directory named
 * (in name order, hidden and {@code _}-prefixed files left out, as Spark leaves them), numbered in that order.
 * Paths go through Hadoop's file systems, so {@code hdfs://} and {@code s3a://} inputs work as local ones do.
 */
final class InputFiles {

    private InputFiles() {
    }

    static List<InputFile> expand(List<String> given, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        for (String g : given) {
            Path path = new Path(g);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status;
                try {
                    status = fs.getFileStatus(path);
                } catch (FileNotFoundException e) {
                    throw UserError.badInput("Input " + g + " does not exist; check the path.");
                }
                if (!status.isDirectory()) {
                    out.add(new InputFile(out.size(), fs.makeQualified(path).toString(), g));
                    continue;
                }
                List<Path> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
                while (files.hasNext()) {
                    Path f = files.next().getPath();
                    String name = f.getName().toLowerCase(Locale.ROOT);
                    if (!name.startsWith(".") && !name.startsWith("_")
                            && (name.endsWith(".csv") || name.endsWith(".parquet"))) {
                        found.add(f);
                    }
                }
                if (found.isEmpty()) {
                    throw UserError.badInput("Directory " + g + " holds no .csv or .parquet file; name the files"
                            + " of series or the directory holding them.");
                }
                found.sort(null);
                String base = fs.makeQualified(path).toString();
                for (Path f : found) {
                    String q = fs.makeQualified(f).toString();
                    String rel = q.startsWith(base) ? q.substring(base.length()).replaceFirst("^/", "") : f.getName();
                    out.add(new InputFile(out.size(), q, new Path(g, rel).toString()));
                }
            } catch (IOException e) {
                throw UserError.badInput("Input " + g + " cannot be read: " + e.getMessage() + ".");
            }
        }
        return out;
    }
}
