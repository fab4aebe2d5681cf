package dev.assay.intake.form;

import org.springframework.web.multipart.MultipartFile;

import java.util.ArrayList;
import java.util.List;

/**
 * What the form posts, field by field, kept as typed so that a refused form comes back filled in. {@code website}
 * is the honeypot: hidden from people, filled in by bots. {@code submissionKey} is the idempotency key intake put
 * in the form when it rendered it ({@link FormKeys}).
 */
public class SubmissionForm {

    static final String[] FIELDS = {"submitterType", "country", "organisation", "name", "email", "subject", "text",
            "themes", "resolutions", "attachments", "website", "submissionKey"};

    private String submitterType;
    private String country;
    private String organisation;
    private String name;
    private String email;
    private String subject;
    private String text;
    private List<String> themes = new ArrayList<>();
    private List<String> resolutions = new ArrayList<>();
    private List<MultipartFile> attachments = new ArrayList<>();
    private String website;
    private String submissionKey;

    public String getSubmitterType() {
        return submitterType;
    }

    public void setSubmitterType(String submitterType) {
        this.submitterType = submitterType;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public List<String> getResolutions() {
        return resolutions;
    }

    public void setResolutions(List<String> resolutions) {
        this.resolutions = resolutions == null ? new ArrayList<>() : resolutions;
    }

    public List<MultipartFile> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<MultipartFile> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : attachments;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** The files actually chosen: a browser sends one empty, nameless part when none was. */
    List<MultipartFile> chosenFiles() {
        return attachments.stream()
                .filter(file -> file != null && !(file.isEmpty() && isBlank(file.getOriginalFilename())))
                .toList();
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    boolean isHoneypotFilled() {
        return !isBlank(website);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
