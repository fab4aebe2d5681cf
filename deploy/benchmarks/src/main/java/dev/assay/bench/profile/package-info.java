/** Profiling around a measured phase: JDK Flight Recorder through jcmd, and a summary of its CPU samples. */
package dev.assay.bench.profile;
