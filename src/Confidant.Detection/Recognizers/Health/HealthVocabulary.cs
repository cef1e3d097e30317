using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>Context words of the health recognizers in English, Spanish, French and German.</summary>
internal static class HealthVocabulary
{
    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Medical,
            // English
            "doctor", "doctors", "dr", "physician", "gp", "nurse", "diagnosed", "diagnosis", "diagnose", "symptom",
            "symptoms", "prescribed", "prescription", "prescriptions", "medication", "medications", "medicine", "meds",
            "taking", "suffer", "suffering", "suffers", "pain", "clinic", "hospital", "hosp", "hospitalized", "hospitalised",
            "treatment", "treated", "therapy", "therapist", "chronic", "dose", "dosage", "mg", "pharmacy", "pharmacist",
            "illness", "sick", "medical", "health", "specialist", "allergic", "flare", "relapse", "surgeon",
            "condition", "cardiologist", "psychiatrist", "dermatologist", "oncologist",
            // Spanish
            "médico", "medico", "doctora", "síntomas", "sintomas", "síntoma", "diagnosticado", "diagnosticada",
            "diagnóstico", "receta", "medicamento", "medicamentos", "tomando", "sufro", "dolor", "clínica", "clinica",
            "tratamiento", "enfermedad", "farmacia",
            // French
            "médecin", "medecin", "docteur", "symptômes", "symptome", "diagnostiqué", "diagnostiquée", "diagnostic",
            "ordonnance", "médicament", "médicaments", "souffre", "douleur", "clinique", "hôpital", "traitement",
            "maladie", "pharmacie", "médical", "médicale",
            // German
            "arzt", "ärztin", "doktor", "symptome", "diagnose", "diagnostiziert", "rezept", "medikament", "medikamente",
            "leide", "schmerzen", "klinik", "krankenhaus", "behandlung", "krankheit", "apotheke")
        // Words that both name a record and say it is medical: enough on their own.
        .Concat(ContextVocabulary.Words(ContextKinds.MedicalRecord | ContextKinds.Medical,
            "mrn", "patient", "paciente", "patientennummer", "krankenakte", "patientenakte", "nhs", "uhid"))
        // Record words that need a medical word near them ("medical record", "historia clínica").
        .Concat(ContextVocabulary.Words(ContextKinds.MedicalRecord, "record", "records", "chart", "historia", "expediente", "dossier", "akte",
            // the French patient's permanent id and the Spanish "número de historia clínica", as written on letters
            "ipp", "nhc"))
        .Concat(ContextVocabulary.Words(ContextKinds.HealthPlan,
            "insurance", "insurer", "insured", "subscriber", "member", "policy", "plan", "group", "medicaid", "coverage", "ohip",
            "cigna", "aetna", "humana", "kaiser", "bcbs", "anthem", "unitedhealthcare", "tricare",
            "póliza", "poliza", "seguro", "aseguradora", "afiliado", "afiliación", "nuhsa",
            "mutuelle", "assurance", "assuré", "adhérent", "adherent",
            "versicherung", "versicherungsnummer", "versichertennummer", "krankenkasse", "krankenversicherung",
            "mitgliedsnummer"))
        .Concat(ContextVocabulary.Words(ContextKinds.Npi, "npi", "provider", "prescriber", "doctor", "physician", "dr", "practitioner", "prescribing"))
        .Concat(ContextVocabulary.Words(ContextKinds.Medicare, "medicare", "mbi", "beneficiary"))
        // The French public health insurance number's words ("N° de sécurité sociale", "N° SS", "carte
        // Vitale"), a kind of their own: as Medicare words they would make a phone after "Vitale" no phone.
        .Concat(ContextVocabulary.Words(ContextKinds.HealthCard, "sécurité", "securite", "sociale", "ss", "nss", "vitale", "sécu", "secu", "insee"));
}
