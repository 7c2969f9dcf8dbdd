package id.alur.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The intake page's form, bound field by field; {@link #toIntake} turns it into the module's {@link Intake}. */
class IntakeForm {

    private String sopCode;
    private String nik;
    private String name;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private Sex sex;
    private String familyCardNumber;
    private String address;
    private String villageCode;
    private String phone;
    private String email;
    private boolean notifyConsent;
    private String faskes;
    private List<Member> householdMembers = new ArrayList<>();
    private List<Paper> checklist = new ArrayList<>();
    private List<String> acknowledgedWarnings = new ArrayList<>();

    Intake toIntake(String officeCode) {
        var papers = new ArrayList<Intake.ChecklistEntry>();
        for (int i = 0; i < checklist.size(); i++) {
            Paper paper = checklist.get(i);
            papers.add(new Intake.ChecklistEntry(i, paper.isPresent(), upload(paper.getScan())));
        }
        var members = householdMembers.stream()
                .filter(m -> !m.isBlank())
                .map(m -> new Intake.HouseholdMember(
                        m.getNik(), m.getName(), m.getRelationship(), m.isKisProposed(), m.getFaskes()))
                .toList();
        return new Intake(
                officeCode,
                sopCode,
                new Intake.Applicant(
                        nik,
                        name,
                        birthDate,
                        sex,
                        familyCardNumber,
                        address,
                        villageCode,
                        phone,
                        email,
                        notifyConsent,
                        faskes),
                members,
                papers,
                new LinkedHashSet<>(acknowledgedWarnings));
    }

    static Intake.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new Intake.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload " + file.getOriginalFilename(), e);
        }
    }

    /** One row per requirement of the chosen SOP, keeping what was ticked. */
    void fitChecklist(int size) {
        while (checklist.size() < size) {
            checklist.add(new Paper());
        }
        while (checklist.size() > size) {
            checklist.removeLast();
        }
    }

    /**
     * A household member row; a row left entirely empty is ignored (the ticked "diusulkan KIS" box and the faskes
     * filled in with the office's default do not count).
     */
    static class Member {
        private String nik;
        private String name;
        private Relationship relationship;
        private boolean kisProposed = true;
        private String faskes;

        Member() {}

        Member(String faskes) {
            this.faskes = faskes;
        }

        public boolean isKisProposed() {
            return kisProposed;
        }

        public void setKisProposed(boolean kisProposed) {
            this.kisProposed = kisProposed;
        }

        public String getFaskes() {
            return faskes;
        }

        public void setFaskes(String faskes) {
            this.faskes = faskes;
        }

        boolean isBlank() {
            return (nik == null || nik.isBlank()) && (name == null || name.isBlank()) && relationship == null;
        }

        public String getNik() {
            return nik;
        }

        public void setNik(String nik) {
            this.nik = nik;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Relationship getRelationship() {
            return relationship;
        }

        public void setRelationship(Relationship relationship) {
            this.relationship = relationship;
        }
    }

    /** One paper of the checklist: seen, and perhaps scanned. */
    static class Paper {
        private boolean present;
        private MultipartFile scan;

        public boolean isPresent() {
            return present;
        }

        public void setPresent(boolean present) {
            this.present = present;
        }

        public MultipartFile getScan() {
            return scan;
        }

        public void setScan(MultipartFile scan) {
            this.scan = scan;
        }
    }

    public String getSopCode() {
        return sopCode;
    }

    public void setSopCode(String sopCode) {
        this.sopCode = sopCode;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getFamilyCardNumber() {
        return familyCardNumber;
    }

    public void setFamilyCardNumber(String familyCardNumber) {
        this.familyCardNumber = familyCardNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isNotifyConsent() {
        return notifyConsent;
    }

    public void setNotifyConsent(boolean notifyConsent) {
        this.notifyConsent = notifyConsent;
    }

    public String getFaskes() {
        return faskes;
    }

    public void setFaskes(String faskes) {
        this.faskes = faskes;
    }

    public List<Member> getHouseholdMembers() {
        return householdMembers;
    }

    public void setHouseholdMembers(List<Member> householdMembers) {
        this.householdMembers = householdMembers;
    }

    public List<Paper> getChecklist() {
        return checklist;
    }

    public void setChecklist(List<Paper> checklist) {
        this.checklist = checklist;
    }

    public List<String> getAcknowledgedWarnings() {
        return acknowledgedWarnings;
    }

    public void setAcknowledgedWarnings(List<String> acknowledgedWarnings) {
        this.acknowledgedWarnings = acknowledgedWarnings;
    }
}
