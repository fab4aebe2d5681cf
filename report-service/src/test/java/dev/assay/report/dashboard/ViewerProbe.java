package dev.assay.report.dashboard;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page of the dashboard's package as the dashboard's own controllers render theirs, to show what a template gets:
 * the {@code viewer} model attribute and the Spring Security dialect. Imported by the tests that need it only.
 */
@TestComponent
@Controller
public class ViewerProbe {

    public static final String PATH = "/dashboard/communications/security-probe/viewer";

    @GetMapping(PATH)
    String viewer() {
        return "security-probe/viewer";
    }
}
