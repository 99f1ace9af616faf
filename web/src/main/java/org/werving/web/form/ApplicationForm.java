package org.werving.web.form;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The application form as the browser posts it (multipart/form-data): every value as typed, so that
 * a form that comes back with errors shows exactly what the candidate entered.
 */
public class ApplicationForm {
    @RestForm public String idempotencyKey;
    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String email;
    @RestForm public String phone;
    @RestForm public String street;
    @RestForm public String postalCode;
    @RestForm public String city;
    /** "ja" or "nee": already works for the city or its OCMW. */
    @RestForm public String internal;
    @RestForm public String diploma;
    @RestForm public String diplomaLevel;
    @RestForm public String relevantExperienceMonths;
    @RestForm public String experienceDescription;
    @RestForm public String contractType;
    @RestForm public String currentLevel;
    @RestForm public String currentGrade;
    @RestForm public String levelSeniorityMonths;
    @RestForm public String gradeSeniorityMonths;
    @RestForm public String serviceSeniorityMonths;
    @RestForm public String levelSeniorityOtherLocalGovernmentMonths;
    @RestForm public String gradeSeniorityOtherLocalGovernmentMonths;
    @RestForm public String serviceSeniorityOtherLocalGovernmentMonths;
    /** "ja" or "nee". */
    @RestForm public String drivingLicence;
    @RestForm public String motivation;
    /** "ja" when the privacy statement is accepted. */
    @RestForm public String privacyConsent;
    @RestForm public FileUpload cv;
    @RestForm public FileUpload motivationLetter;

    public boolean saysInternal() {
        return "ja".equals(internal);
    }

    public boolean hasFile(FileUpload upload) {
        return upload != null && upload.uploadedFile() != null && upload.size() > 0;
    }
}
