/**
 * Browser tests of the pages report-service serves: {@link dev.assay.report.browser.Browser} drives the machine's
 * Chromium through its chromedriver (never a downloaded one), {@link dev.assay.report.browser.AxeScan} checks a page
 * with axe-core. A test class that starts Chromium ends in {@code BrowserTest}, so that
 * {@code ./mvnw -B -pl report-service verify -Dtest='*BrowserTest'} runs them all. A missing browser fails these tests
 * with the packages to install; it never skips them.
 */
package dev.assay.report.browser;
