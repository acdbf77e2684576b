"""The closed vocabularies of the customer file (codes follow the project glossary)."""

from __future__ import annotations

from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP


class Gender(LabeledEnum):
    MALE = "male", QT_TRANSLATE_NOOP("Gender", "Male")
    FEMALE = "female", QT_TRANSLATE_NOOP("Gender", "Female")


class Education(LabeledEnum):
    PRIMARY = "primary", QT_TRANSLATE_NOOP("Education", "Primary school or less")
    JUNIOR_HIGH = "junior_high", QT_TRANSLATE_NOOP("Education", "Junior high school")
    SENIOR_HIGH = "senior_high", QT_TRANSLATE_NOOP("Education", "Senior high or vocational school")
    COLLEGE = "college", QT_TRANSLATE_NOOP("Education", "Junior college")
    BACHELOR = "bachelor", QT_TRANSLATE_NOOP("Education", "Bachelor's degree or above")


class BusinessMode(LabeledEnum):
    SELF_EMPLOYED = "self_employed", QT_TRANSLATE_NOOP("BusinessMode", "Self-employed farmer")
    FAMILY_FARM = "family_farm", QT_TRANSLATE_NOOP("BusinessMode", "Family farm")
    COOP_MEMBER = "coop_member", QT_TRANSLATE_NOOP("BusinessMode", "Cooperative member")
    AGRI_ENTERPRISE = (
        "agri_enterprise",
        QT_TRANSLATE_NOOP("BusinessMode", "Agricultural enterprise"),
    )
    SOLE_PROPRIETOR = "sole_proprietor", QT_TRANSLATE_NOOP("BusinessMode", "Sole proprietor")
    OTHER = "other", QT_TRANSLATE_NOOP("BusinessMode", "Other")


class ProductionKind(LabeledEnum):
    CROP = "crop", QT_TRANSLATE_NOOP("ProductionKind", "Crop")
    LIVESTOCK = "livestock", QT_TRANSLATE_NOOP("ProductionKind", "Livestock")
    AQUACULTURE = "aquaculture", QT_TRANSLATE_NOOP("ProductionKind", "Aquaculture")
    OTHER = "other", QT_TRANSLATE_NOOP("ProductionKind", "Other")


class CreditGrade(LabeledEnum):
    GOOD = "good", QT_TRANSLATE_NOOP("CreditGrade", "Good")
    FAIR = "fair", QT_TRANSLATE_NOOP("CreditGrade", "Fair")
    POOR = "poor", QT_TRANSLATE_NOOP("CreditGrade", "Poor")


class LoanClassification(LabeledEnum):
    """The five-category loan quality classification (贷款五级分类)."""

    NORMAL = "normal", QT_TRANSLATE_NOOP("LoanClassification", "Normal")
    SPECIAL_MENTION = "special_mention", QT_TRANSLATE_NOOP("LoanClassification", "Special mention")
    SUBSTANDARD = "substandard", QT_TRANSLATE_NOOP("LoanClassification", "Substandard")
    DOUBTFUL = "doubtful", QT_TRANSLATE_NOOP("LoanClassification", "Doubtful")
    LOSS = "loss", QT_TRANSLATE_NOOP("LoanClassification", "Loss")


class GuaranteeType(LabeledEnum):
    UNSECURED = "unsecured", QT_TRANSLATE_NOOP("GuaranteeType", "Unsecured (credit)")
    GUARANTEED = "guaranteed", QT_TRANSLATE_NOOP("GuaranteeType", "Guaranteed")
    MORTGAGE = "mortgage", QT_TRANSLATE_NOOP("GuaranteeType", "Mortgage")
    PLEDGE = "pledge", QT_TRANSLATE_NOOP("GuaranteeType", "Pledge")


class Need(LabeledEnum):
    FUNDING = "funding", QT_TRANSLATE_NOOP("Need", "Funding")
    TRAINING = "training", QT_TRANSLATE_NOOP("Need", "Technical training")
    MARKET_INFO = "market_info", QT_TRANSLATE_NOOP("Need", "Market information")
    INSURANCE = "insurance", QT_TRANSLATE_NOOP("Need", "Insurance")
    OTHER = "other", QT_TRANSLATE_NOOP("Need", "Other")


class CustomerStatus(LabeledEnum):
    """Admission lifecycle (准入): prospect → under review → active → ended."""

    PROSPECT = "prospect", QT_TRANSLATE_NOOP("CustomerStatus", "Prospect")
    UNDER_REVIEW = "under_review", QT_TRANSLATE_NOOP("CustomerStatus", "Under admission review")
    ACTIVE = "active", QT_TRANSLATE_NOOP("CustomerStatus", "Active")
    ENDED = "ended", QT_TRANSLATE_NOOP("CustomerStatus", "Cooperation ended")


class Role(LabeledEnum):
    OFFICER = "officer", QT_TRANSLATE_NOOP("Role", "Loan officer")
    MANAGER = "manager", QT_TRANSLATE_NOOP("Role", "Branch manager")
    ADMIN = "admin", QT_TRANSLATE_NOOP("Role", "Administrator")


class Ethnicity(LabeledEnum):
    """The 56 ethnic groups by their GB/T 3304 codes."""

    HAN = "01", QT_TRANSLATE_NOOP("Ethnicity", "Han")
    MONGOL = "02", QT_TRANSLATE_NOOP("Ethnicity", "Mongol")
    HUI = "03", QT_TRANSLATE_NOOP("Ethnicity", "Hui")
    TIBETAN = "04", QT_TRANSLATE_NOOP("Ethnicity", "Tibetan")
    UYGHUR = "05", QT_TRANSLATE_NOOP("Ethnicity", "Uyghur")
    MIAO = "06", QT_TRANSLATE_NOOP("Ethnicity", "Miao")
    YI = "07", QT_TRANSLATE_NOOP("Ethnicity", "Yi")
    ZHUANG = "08", QT_TRANSLATE_NOOP("Ethnicity", "Zhuang")
    BOUYEI = "09", QT_TRANSLATE_NOOP("Ethnicity", "Bouyei")
    KOREAN = "10", QT_TRANSLATE_NOOP("Ethnicity", "Korean")
    MANCHU = "11", QT_TRANSLATE_NOOP("Ethnicity", "Manchu")
    DONG = "12", QT_TRANSLATE_NOOP("Ethnicity", "Dong")
    YAO = "13", QT_TRANSLATE_NOOP("Ethnicity", "Yao")
    BAI = "14", QT_TRANSLATE_NOOP("Ethnicity", "Bai")
    TUJIA = "15", QT_TRANSLATE_NOOP("Ethnicity", "Tujia")
    HANI = "16", QT_TRANSLATE_NOOP("Ethnicity", "Hani")
    KAZAKH = "17", QT_TRANSLATE_NOOP("Ethnicity", "Kazakh")
    DAI = "18", QT_TRANSLATE_NOOP("Ethnicity", "Dai")
    LI = "19", QT_TRANSLATE_NOOP("Ethnicity", "Li")
    LISU = "20", QT_TRANSLATE_NOOP("Ethnicity", "Lisu")
    VA = "21", QT_TRANSLATE_NOOP("Ethnicity", "Va")
    SHE = "22", QT_TRANSLATE_NOOP("Ethnicity", "She")
    GAOSHAN = "23", QT_TRANSLATE_NOOP("Ethnicity", "Gaoshan")
    LAHU = "24", QT_TRANSLATE_NOOP("Ethnicity", "Lahu")
    SUI = "25", QT_TRANSLATE_NOOP("Ethnicity", "Sui")
    DONGXIANG = "26", QT_TRANSLATE_NOOP("Ethnicity", "Dongxiang")
    NAXI = "27", QT_TRANSLATE_NOOP("Ethnicity", "Naxi")
    JINGPO = "28", QT_TRANSLATE_NOOP("Ethnicity", "Jingpo")
    KYRGYZ = "29", QT_TRANSLATE_NOOP("Ethnicity", "Kyrgyz")
    TU = "30", QT_TRANSLATE_NOOP("Ethnicity", "Tu")
    DAUR = "31", QT_TRANSLATE_NOOP("Ethnicity", "Daur")
    MULAO = "32", QT_TRANSLATE_NOOP("Ethnicity", "Mulao")
    QIANG = "33", QT_TRANSLATE_NOOP("Ethnicity", "Qiang")
    BLANG = "34", QT_TRANSLATE_NOOP("Ethnicity", "Blang")
    SALAR = "35", QT_TRANSLATE_NOOP("Ethnicity", "Salar")
    MAONAN = "36", QT_TRANSLATE_NOOP("Ethnicity", "Maonan")
    GELAO = "37", QT_TRANSLATE_NOOP("Ethnicity", "Gelao")
    XIBE = "38", QT_TRANSLATE_NOOP("Ethnicity", "Xibe")
    ACHANG = "39", QT_TRANSLATE_NOOP("Ethnicity", "Achang")
    PUMI = "40", QT_TRANSLATE_NOOP("Ethnicity", "Pumi")
    TAJIK = "41", QT_TRANSLATE_NOOP("Ethnicity", "Tajik")
    NU = "42", QT_TRANSLATE_NOOP("Ethnicity", "Nu")
    UZBEK = "43", QT_TRANSLATE_NOOP("Ethnicity", "Uzbek")
    RUSSIAN = "44", QT_TRANSLATE_NOOP("Ethnicity", "Russian")
    EVENKI = "45", QT_TRANSLATE_NOOP("Ethnicity", "Evenki")
    DEANG = "46", QT_TRANSLATE_NOOP("Ethnicity", "De'ang")
    BONAN = "47", QT_TRANSLATE_NOOP("Ethnicity", "Bonan")
    YUGUR = "48", QT_TRANSLATE_NOOP("Ethnicity", "Yugur")
    GIN = "49", QT_TRANSLATE_NOOP("Ethnicity", "Gin")
    TATAR = "50", QT_TRANSLATE_NOOP("Ethnicity", "Tatar")
    DERUNG = "51", QT_TRANSLATE_NOOP("Ethnicity", "Derung")
    OROQEN = "52", QT_TRANSLATE_NOOP("Ethnicity", "Oroqen")
    HEZHEN = "53", QT_TRANSLATE_NOOP("Ethnicity", "Hezhen")
    MONBA = "54", QT_TRANSLATE_NOOP("Ethnicity", "Monba")
    LHOBA = "55", QT_TRANSLATE_NOOP("Ethnicity", "Lhoba")
    JINO = "56", QT_TRANSLATE_NOOP("Ethnicity", "Jino")
