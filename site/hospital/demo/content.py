"""Demo content for the casepages site, in English (source) and Simplified Chinese.

Pure data, read by `hospital.demo.loader.load_demo_content`. Every dict with the keys "en" and
"zh-hans" is one translatable string; each English string has exactly one Chinese counterpart
across the whole file, because the loader builds an English-to-Chinese dictionary from it.

SLE-03 states the facts of the hospital's published case story in the project's own words.
All other cases are fictional demonstration cases and say so in their summary.
Patients appear only by alias, clinicians only by role, and dates in the text by month and year.
"""

from datetime import date

LANGUAGES = ("en", "zh-hans")

HOME = {
    "title": {"en": "International Patient Centre", "zh-hans": "国际患者中心"},
    "introduction": {
        "en": (
            "We help patients from abroad understand their treatment options, plan their stay with us "
            "and keep in touch with their care team after they return home. Read our patients' stories, "
            "or leave us a message in English, Chinese or Russian."
        ),
        "zh-hans": (
            "我们帮助海外患者了解可选的治疗方案、安排来院就诊，并在回国后继续与医疗团队保持联系。"
            "您可以阅读患者故事，也可以用英语、中文或俄语给我们留言。"
        ),
    },
}

CASE_INDEX = {
    "slug": "cases",
    "title": {"en": "Patient stories", "zh-hans": "患者故事"},
    "introduction": {
        "en": (
            "These stories describe how individual patients were treated at our hospital and are shared "
            "without names, with the patients' written consent. Some cases on this demo site are fictional "
            "and say so in their summary. Every patient is different, and individual results vary."
        ),
        "zh-hans": (
            "这些故事介绍了个别患者在我院的治疗经历，均经患者书面同意，以匿名方式分享。"
            "本演示网站中的部分病例为虚构病例，已在摘要中注明。每位患者的情况各不相同，治疗效果也因人而异。"
        ),
    },
}

PRIVACY_PAGE = {
    "slug": "privacy",
    "title": {"en": "How we handle your message", "zh-hans": "我们如何处理您的留言"},
    "body": [
        {
            "en": (
                "<p>When you send us a message, we keep what you write in the form: your name, your email "
                "address, your preferred language and your message, and, if you give them, your phone number, "
                "your country and the condition you are asking about. We also record when the message was sent "
                "and, if you wrote to us from a patient story, which story it was.</p>"
            ),
            "zh-hans": (
                "<p>您通过表单给我们留言时，我们会保存您填写的内容：姓名、电子邮箱、希望使用的语言和留言正文，"
                "以及您选择填写的电话号码、所在国家和所咨询的疾病。我们还会记录留言的发送时间；"
                "如果您是在某个患者故事页面上留言的，也会记录是哪一个故事。</p>"
            ),
        },
        {
            "en": (
                "<p>Only our international patient coordinators can read your message, and they are the ones "
                "who reply to you. Editors, translators and other website staff cannot see it.</p>"
            ),
            "zh-hans": (
                "<p>只有我院国际患者协调员能够阅读您的留言，并由他们负责回复您。"
                "网站编辑、翻译人员及其他网站工作人员均无法查看。</p>"
            ),
        },
        {
            "en": (
                "<p>We keep your message for 24 months after it was sent, so that we can follow up on your "
                "questions. After that it is deleted automatically.</p>"
            ),
            "zh-hans": "<p>您的留言自发送之日起保存24个月，以便我们跟进您的咨询。期满后将自动删除。</p>",
        },
        {
            "en": (
                "<p>You can ask us at any time to delete your message sooner. Reply to any email we have sent "
                "you, or leave a new message saying that you want your data deleted, and a coordinator will "
                "confirm when it has been done.</p>"
            ),
            "zh-hans": (
                "<p>您可以随时要求我们提前删除您的留言。只需回复我们发给您的任意一封邮件，"
                "或重新提交一条留言说明您希望删除个人信息，协调员会在删除完成后向您确认。</p>"
            ),
        },
    ],
}

MESSAGE_FORM = {
    "slug": "leave-your-message",
    "title": {"en": "Leave your message", "zh-hans": "留言咨询"},
    "introduction": {
        "en": (
            "Tell us about your situation and what you would like to know. A patient coordinator will "
            "reply within three working days in the language you choose."
        ),
        "zh-hans": "请告诉我们您的情况以及想了解的问题。患者协调员将在三个工作日内用您选择的语言回复您。",
    },
    "thank_you_text": {
        "en": (
            "Thank you. We have received your message, and a patient coordinator will reply by email "
            "within three working days."
        ),
        "zh-hans": "谢谢！我们已收到您的留言，患者协调员将在三个工作日内通过电子邮件回复您。",
    },
    "subject": {"en": "New message from an international patient", "zh-hans": "来自国际患者的新留言"},
    "to_address": "international@hospital.example",
    "from_address": "website@hospital.example",
    "reply_within_days": 3,
    "fields": [
        {
            "clean_name": "name",
            "field_type": "singleline",
            "required": True,
            "label": {"en": "Your name", "zh-hans": "您的姓名"},
            "help_text": {
                "en": "The name you would like us to use when we reply.",
                "zh-hans": "我们回复时对您的称呼。",
            },
            "choices": None,
        },
        {
            "clean_name": "email",
            "field_type": "email",
            "required": True,
            "label": {"en": "Email address", "zh-hans": "电子邮箱"},
            "help_text": {
                "en": "We send our reply to this address.",
                "zh-hans": "我们会将回复发送到这个邮箱。",
            },
            "choices": None,
        },
        {
            "clean_name": "phone",
            "field_type": "singleline",
            "required": False,
            "label": {"en": "Phone number (optional)", "zh-hans": "电话号码（选填）"},
            "help_text": {
                "en": "Include your country code if you would like us to call you.",
                "zh-hans": "如希望我们致电联系，请填写包含国家代码的完整号码。",
            },
            "choices": None,
        },
        {
            "clean_name": "country",
            "field_type": "singleline",
            "required": False,
            "label": {"en": "Country where you live", "zh-hans": "您所在的国家"},
            "help_text": {
                "en": "This helps us explain travel and visa arrangements.",
                "zh-hans": "便于我们向您说明出行和签证方面的安排。",
            },
            "choices": None,
        },
        {
            "clean_name": "preferred_language",
            "field_type": "dropdown",
            "required": True,
            "label": {"en": "Language for our reply", "zh-hans": "回复语言"},
            "help_text": {
                "en": "Our coordinators reply in English, Chinese or Russian.",
                "zh-hans": "协调员可使用英语、中文或俄语回复。",
            },
            "choices": {"en": "English\nChinese\nRussian", "zh-hans": "英语\n中文\n俄语"},
            # Each language's form starts on its own language.
            "default_value": {"en": "English", "zh-hans": "中文"},
        },
        {
            "clean_name": "condition",
            "field_type": "singleline",
            "required": False,
            "label": {"en": "Condition or diagnosis", "zh-hans": "疾病或诊断"},
            "help_text": {
                "en": "If you know it, for example systemic lupus erythematosus.",
                "zh-hans": "如已知，请填写，例如系统性红斑狼疮。",
            },
            "choices": None,
        },
        {
            "clean_name": "message",
            "field_type": "multiline",
            "required": True,
            "label": {"en": "Your message", "zh-hans": "您的留言"},
            "help_text": {
                "en": (
                    "Describe your situation and your questions. Please do not paste complete medical records "
                    "here; a coordinator will tell you how to send them safely."
                ),
                "zh-hans": "请描述您的情况和问题。请勿在此粘贴完整病历，协调员会告诉您如何安全地发送。",
            },
            "choices": None,
        },
        {
            "clean_name": "consent",
            "field_type": "checkbox",
            "required": True,
            "label": {
                "en": "I agree that the hospital stores my message to answer it",
                "zh-hans": "我同意医院保存我的留言，以便回复我",
            },
            "help_text": {
                "en": "Our privacy page explains how we handle your message.",
                "zh-hans": "我们如何处理您的留言，请参阅隐私说明页面。",
            },
            "choices": None,
        },
    ],
}

CONDITIONS = [
    {
        "slug": "systemic-lupus-erythematosus",
        "name": {"en": "Systemic lupus erythematosus (SLE)", "zh-hans": "系统性红斑狼疮（SLE）"},
        "description": {
            "en": (
                "A chronic autoimmune disease in which the immune system attacks the body's own tissues, "
                "including the skin, joints, kidneys, blood and brain."
            ),
            "zh-hans": (
                "一种慢性自身免疫病，免疫系统攻击机体自身组织，可累及皮肤、关节、肾脏、血液系统和大脑等多个器官。"
            ),
        },
    },
    {
        "slug": "multiple-myeloma",
        "name": {"en": "Multiple myeloma (MM)", "zh-hans": "多发性骨髓瘤（MM）"},
        "description": {
            "en": (
                "A cancer of plasma cells in the bone marrow that can damage the bones and kidneys, "
                "cause anemia and weaken the immune system."
            ),
            "zh-hans": "一种起源于骨髓浆细胞的恶性肿瘤，可造成骨骼和肾脏损害、贫血以及免疫功能低下。",
        },
    },
    {
        "slug": "b-cell-acute-lymphoblastic-leukemia",
        "name": {
            "en": "B-cell acute lymphoblastic leukemia (B-ALL)",
            "zh-hans": "B细胞急性淋巴细胞白血病（B-ALL）",
        },
        "description": {
            "en": (
                "A fast-growing cancer of the blood and bone marrow in which immature B cells multiply and "
                "crowd out normal blood cells; it is the most common form of leukemia in children."
            ),
            "zh-hans": (
                "一种进展迅速的血液和骨髓恶性肿瘤，未成熟的B细胞异常增殖，"
                "挤占正常血细胞的生长空间；是儿童最常见的白血病类型。"
            ),
        },
    },
    {
        "slug": "rheumatoid-arthritis",
        "name": {"en": "Rheumatoid arthritis (RA)", "zh-hans": "类风湿关节炎（RA）"},
        "description": {
            "en": (
                "A long-term autoimmune disease in which inflammation of the joint lining causes pain and "
                "stiffness and, without treatment, lasting damage to the joints."
            ),
            "zh-hans": "一种慢性自身免疫病，关节滑膜的炎症会引起疼痛和僵硬，若不治疗可造成永久性关节损伤。",
        },
    },
]

TREATMENTS = [
    {
        "slug": "car-t-cell-therapy",
        "name": {"en": "CAR-T cell therapy", "zh-hans": "CAR-T细胞疗法"},
        "description": {
            "en": (
                "A treatment in which the patient's own T cells are engineered to recognize a target on "
                "diseased cells, multiplied in the laboratory and infused back to destroy those cells."
            ),
            "zh-hans": (
                "一种将患者自身的T细胞进行基因改造，使其能够识别病变细胞表面的特定靶点，"
                "经体外扩增后回输体内以清除这些细胞的治疗方法。"
            ),
        },
    },
    {
        "slug": "biologic-therapy",
        "name": {"en": "Biologic therapy", "zh-hans": "生物制剂治疗"},
        "description": {
            "en": (
                "Treatment with medicines produced by living cells, such as antibodies that block one "
                "specific signal of the immune system, usually given by injection or infusion."
            ),
            "zh-hans": (
                "使用由活细胞生产的药物（例如阻断免疫系统某一特定信号的抗体）进行治疗，通常采用皮下注射或静脉输注给药。"
            ),
        },
    },
]

GLOSSARY = [
    {
        "term": {"en": "systemic lupus erythematosus", "zh-hans": "系统性红斑狼疮"},
        "forbidden_variants": {"en": "systematic lupus erythematosus", "zh-hans": "红斑狼疮病"},
        "note": {
            "en": (
                "Write the full name at first mention, followed by the abbreviation SLE in brackets; "
                "after that, SLE or lupus is enough."
            ),
            "zh-hans": "首次出现时写全称，并在括号内注明缩写SLE；之后可使用SLE或狼疮。",
        },
    },
    {
        "term": {"en": "lupus nephritis", "zh-hans": "狼疮性肾炎"},
        "forbidden_variants": {"en": "lupus nephrosis", "zh-hans": "狼疮肾病"},
        "note": {
            "en": "Inflammation of the kidneys caused by lupus, usually confirmed by renal biopsy.",
            "zh-hans": "由狼疮引起的肾脏炎症，通常需经肾活检确诊。",
        },
    },
    {
        "term": {"en": "lupus encephalopathy", "zh-hans": "狼疮脑病"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "Brain involvement in lupus. Keep the term the patient's doctors used; do not replace it "
                "with a description of symptoms."
            ),
            "zh-hans": "狼疮累及脑部的表现。请沿用医生使用的这一术语，不要改写为症状描述。",
        },
    },
    {
        "term": {"en": "CAR-T cell therapy", "zh-hans": "CAR-T细胞疗法"},
        "forbidden_variants": {"en": "CART therapy", "zh-hans": "汽车T细胞"},
        "note": {
            "en": (
                "Keep the abbreviation CAR-T with its hyphen. Where the full name is needed, write "
                "chimeric antigen receptor T-cell (CAR-T) therapy."
            ),
            "zh-hans": "保留带连字符的缩写CAR-T。需要写出全称时，使用嵌合抗原受体T细胞（CAR-T）疗法。",
        },
    },
    {
        "term": {"en": "proteinuria", "zh-hans": "蛋白尿"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "Protein in the urine, a sign of kidney damage. Describe the amount as the doctors did, "
                "for example heavy proteinuria."
            ),
            "zh-hans": "尿液中出现蛋白质，提示肾脏受损。蛋白量请按医生的原意表述，例如大量蛋白尿。",
        },
    },
    {
        "term": {"en": "pulmonary hypertension", "zh-hans": "肺动脉高压"},
        "forbidden_variants": {"en": "lung hypertension", "zh-hans": "肺部高血压"},
        "note": {
            "en": "Abnormally high blood pressure in the arteries of the lungs.",
            "zh-hans": "肺动脉内的血压异常升高。",
        },
    },
    {
        "term": {"en": "pulmonary fibrosis", "zh-hans": "肺纤维化"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": "Scarring of the lung tissue, which makes breathing harder.",
            "zh-hans": "肺组织发生瘢痕化，导致呼吸困难。",
        },
    },
    {
        "term": {"en": "renal biopsy", "zh-hans": "肾活检"},
        "forbidden_variants": {"en": "kidney puncture", "zh-hans": "肾脏切片"},
        "note": {
            "en": (
                "A small sample of kidney tissue examined under the microscope. In text for patients, use "
                "the standard term rather than a colloquial short form."
            ),
            "zh-hans": "取少量肾组织在显微镜下检查。面向患者的文字请使用规范术语，不要使用口语化的简称。",
        },
    },
    {
        "term": {"en": "immunosuppressant", "zh-hans": "免疫抑制剂"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "A medicine that damps down the immune system. Keep it distinct from glucocorticoids, "
                "which are named separately."
            ),
            "zh-hans": "抑制免疫系统功能的药物。请与糖皮质激素区分，二者分别表述。",
        },
    },
    {
        "term": {"en": "glucocorticoid", "zh-hans": "糖皮质激素"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "Steroid medicines such as prednisone. In a patient's own words, steroids may be translated "
                "with the everyday Chinese word for hormones."
            ),
            "zh-hans": "如泼尼松等类固醇药物。在患者本人的话语中，可使用日常说法“激素”。",
        },
    },
    {
        "term": {"en": "platelet", "zh-hans": "血小板"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "Blood cells that help the blood to clot. A low platelet count can be rendered with the "
                "standard term for thrombocytopenia."
            ),
            "zh-hans": "参与血液凝固的血细胞。血小板计数偏低可使用规范术语“血小板减少”。",
        },
    },
    {
        "term": {"en": "complement", "zh-hans": "补体"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "Immune system proteins measured in blood tests; in lupus their levels fall when the disease "
                "is active. Do not translate the everyday meaning of the English word."
            ),
            "zh-hans": (
                "免疫系统中的一组蛋白质，可通过血液检查测定；狼疮活动时其水平会下降。请勿按该英文单词的日常含义翻译。"
            ),
        },
    },
    {
        "term": {"en": "autoantibody", "zh-hans": "自身抗体"},
        "forbidden_variants": {"en": "self-antibody", "zh-hans": "自体抗体"},
        "note": {
            "en": "An antibody that attacks the body's own tissues.",
            "zh-hans": "攻击机体自身组织的抗体。",
        },
    },
    {
        "term": {"en": "B cell", "zh-hans": "B细胞"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "Immune cells that can develop into antibody-producing plasma cells; CAR-T cells used for "
                "lupus and for B-ALL are designed to remove them. Keep the Latin letter B."
            ),
            "zh-hans": (
                "可分化为产生抗体的浆细胞的免疫细胞；"
                "用于治疗狼疮和B-ALL的CAR-T细胞正是以清除这类细胞为目标。保留拉丁字母B。"
            ),
        },
    },
    {
        "term": {"en": "plasma cell", "zh-hans": "浆细胞"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "An antibody-producing cell that develops from B cells; multiple myeloma is a cancer of these cells."
            ),
            "zh-hans": "由B细胞分化而来、能够产生抗体的细胞；多发性骨髓瘤即起源于这类细胞的恶性肿瘤。",
        },
    },
    {
        "term": {"en": "monoclonal antibody", "zh-hans": "单克隆抗体"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "A laboratory-made antibody aimed at a single target; many biologic medicines are "
                "monoclonal antibodies."
            ),
            "zh-hans": "在实验室中制备、针对单一靶点的抗体；许多生物制剂都属于单克隆抗体。",
        },
    },
    {
        "term": {"en": "biologic", "zh-hans": "生物制剂"},
        "forbidden_variants": {"en": "", "zh-hans": ""},
        "note": {
            "en": (
                "A medicine produced by living cells, such as a monoclonal antibody; treatment with such "
                "medicines is called biologic therapy."
            ),
            "zh-hans": "由活细胞生产的药物，例如单克隆抗体；使用这类药物的治疗称为生物制剂治疗。",
        },
    },
    {
        "term": {"en": "multiple myeloma", "zh-hans": "多发性骨髓瘤"},
        "forbidden_variants": {"en": "myelomatosis", "zh-hans": "骨髓瘤病"},
        "note": {
            "en": "A cancer of plasma cells in the bone marrow; the abbreviation is MM.",
            "zh-hans": "起源于骨髓浆细胞的恶性肿瘤，缩写为MM。",
        },
    },
    {
        "term": {"en": "rheumatoid arthritis", "zh-hans": "类风湿关节炎"},
        "forbidden_variants": {"en": "rheumatic arthritis", "zh-hans": "风湿性关节炎"},
        "note": {
            "en": (
                "Not the same disease as the joint inflammation of rheumatic fever. Use the standard Chinese "
                "name, without the extra character that older texts insert."
            ),
            "zh-hans": "与风湿热引起的关节炎症并非同一种疾病。请使用规范名称，不要像旧文献那样在“类风湿”后加“性”字。",
        },
    },
    {
        "term": {"en": "acute lymphoblastic leukemia", "zh-hans": "急性淋巴细胞白血病"},
        "forbidden_variants": {"en": "acute lymphoblastic leukaemia", "zh-hans": "急性淋巴性白血病"},
        "note": {
            "en": (
                "Use American spelling in English texts. The abbreviation ALL may follow the full name, "
                "and B-ALL is used for the B-cell type."
            ),
            "zh-hans": "英文文本使用美式拼写。全称后可注明缩写ALL，B细胞型写作B-ALL。",
        },
    },
    {
        "term": {"en": "cytokine release syndrome", "zh-hans": "细胞因子释放综合征"},
        "forbidden_variants": {"en": "cytokine storm", "zh-hans": "细胞因子释放综合症"},
        "note": {
            "en": (
                "A common side effect of CAR-T cell therapy, with fever and sometimes low blood pressure. "
                "Check the character used for syndrome."
            ),
            "zh-hans": "CAR-T细胞疗法常见的不良反应，表现为发热，有时伴有低血压。注意“综合征”的用字。",
        },
    },
    {
        "term": {"en": "edema", "zh-hans": "水肿"},
        "forbidden_variants": {"en": "oedema", "zh-hans": "浮肿"},
        "note": {
            "en": "Swelling caused by fluid collecting in the tissues. Use American spelling in English texts.",
            "zh-hans": "组织间隙液体积聚引起的肿胀。英文文本使用美式拼写。",
        },
    },
]

_PATIENT = {"en": "Patient", "zh-hans": "患者"}
_RHEUMATOLOGIST = {"en": "Attending rheumatologist", "zh-hans": "风湿免疫科主治医师"}

CASES = [
    {
        "case_code": "SLE-03",
        "slug": "sle-03",
        "published": date(2024, 3, 18),
        "title": {"en": "Systemic lupus erythematosus (SLE) – case 03", "zh-hans": "系统性红斑狼疮（SLE）病例03"},
        "summary": {
            "en": (
                "Seven months after giving birth, a 20-year-old woman developed lupus that resisted years of "
                "standard and biologic treatment and affected her kidneys and brain. After CAR-T cell therapy "
                "at our hospital in 2023 she no longer needs steroids or immunosuppressants."
            ),
            "zh-hans": (
                "一位20岁的女性在产后七个月患上狼疮，多年的常规治疗和生物制剂治疗均未能控制病情，"
                "肾脏和大脑相继受累。2023年在我院接受CAR-T细胞疗法后，她已不再需要使用激素和免疫抑制剂。"
            ),
        },
        "patient_alias": {"en": "Ms. A", "zh-hans": "A女士"},
        "gender": "female",
        "age_at_onset": 20,
        "nationality": "CN",
        "condition": "systemic-lupus-erythematosus",
        "treatment": "car-t-cell-therapy",
        "onset_date": date(2016, 8, 1),
        "treatment_date": date(2023, 4, 1),
        "follow_up_visits": 3,
        "outcome_summary": {
            "en": (
                "The red spots on her skin have cleared, she takes no glucocorticoids or immunosuppressants, "
                "and all her results have been normal at each follow-up visit; she now needs a check-up only "
                "every six months."
            ),
            "zh-hans": (
                "她皮肤上的红点已经消退，不再使用糖皮质激素和免疫抑制剂，每次复诊时各项检查结果均正常；"
                "目前只需每六个月复查一次。"
            ),
        },
        "consent": {
            "date_given": date(2023, 11, 2),
            "document_reference": "CONSENT-SLE-03",
            "expires_on": date(2028, 11, 1),
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "<p>Ms. A was 20 years old and had become a mother seven months earlier when, in August "
                        "2016, small red spots appeared all over her body. She also had repeated fevers, and blood "
                        "tests showed a low platelet count. Examinations at several local hospitals gave no clear "
                        "answer until a provincial hospital diagnosed systemic lupus erythematosus (SLE). In "
                        "October 2016 she began treatment at a hospital near her home.</p>"
                    ),
                    "zh-hans": (
                        "<p>2016年8月，年仅20岁、分娩刚满七个月的A女士全身出现细小红点，并反复发热，"
                        "血液检查提示血小板减少。她在当地多家医院反复检查，始终未能查明病因，"
                        "最终在省级医院确诊为系统性红斑狼疮（SLE）。同年10月，她开始在当地医院接受治疗。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2016, 8, 1),
                    "description": {
                        "en": (
                            "Seven months after giving birth, Ms. A develops "
                            "red spots, fevers and a low platelet count."
                        ),
                        "zh-hans": "产后七个月，A女士出现全身红点、反复发热和血小板减少。",
                    },
                },
            ),
            (
                "patient_quote",
                {
                    "quote": {
                        "en": (
                            "Every month for seven years I was back at the hospital: new prescriptions, another "
                            "round of blood and urine tests, tablets and injections without a break. And still "
                            "the illness returned again and again. It wore me down."
                        ),
                        "zh-hans": (
                            "整整七年，我每个月都得跑医院：开药、抽血、验尿，吃药打针从没断过。"
                            "可病情还是一次又一次复发，我被折磨得身心俱疲。"
                        ),
                    },
                    "speaker_role": _PATIENT,
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>Her husband took her from one hospital to another. The treatment cost the family a "
                        "great deal, yet her condition did not improve. Over time the disease reached her kidneys "
                        "and her brain: she developed lupus nephritis and lupus encephalopathy, and in September "
                        "2022 she needed brain surgery. When the couple heard that CAR-T cell therapy was showing "
                        "promise for lupus in clinical studies, they turned to our hospital, and a team of "
                        "specialists reviewed her case straight away.</p>"
                    ),
                    "zh-hans": (
                        "<p>丈夫带着她辗转多家医院求医，家里为治病花费巨大，病情却始终不见好转。"
                        "随着时间推移，疾病逐渐累及肾脏和大脑，她先后出现狼疮性肾炎和狼疮脑病，"
                        "并于2022年9月接受了脑部手术。听说CAR-T细胞疗法在临床研究中治疗狼疮已显示出良好前景，"
                        "夫妻二人来到我院求治，专家团队随即对她的病情进行了全面分析。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2022, 9, 1),
                    "description": {
                        "en": "With lupus now affecting her kidneys and brain, Ms. A undergoes brain surgery.",
                        "zh-hans": "狼疮已累及肾脏和大脑，A女士接受了脑部手术。",
                    },
                },
            ),
            (
                "clinician_quote",
                {
                    "quote": {
                        "en": (
                            "When she was admitted, she had generalized edema and heavy proteinuria, and her "
                            "autoantibody tests were positive. Glucocorticoids, immunosuppressants and seven "
                            "courses of biologic therapy had all failed. The disease had caused lupus "
                            "encephalopathy, pulmonary hypertension and pulmonary fibrosis, and a renal biopsy "
                            "showed that the lupus in her kidneys was still active. All of this told us that "
                            "neither conventional nor biologic treatment could control her disease any longer."
                        ),
                        "zh-hans": (
                            "患者刚入院时全身水肿，伴有大量蛋白尿，自身抗体检测呈阳性。此前她已接受过糖皮质激素、"
                            "免疫抑制剂以及七个疗程的生物制剂治疗，均未见效。疾病已导致狼疮脑病、肺动脉高压和肺纤维化，"
                            "肾活检也提示肾脏的狼疮病变仍处于活动期。这些都说明，无论是传统治疗还是生物制剂治疗，"
                            "都已无法控制她的病情。"
                        ),
                    },
                    "speaker_role": _RHEUMATOLOGIST,
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>The team explained why CAR-T cells might succeed where other treatments had not. In "
                        "lupus, B cells and the plasma cells that develop from them produce autoantibodies that "
                        "damage the body's own organs. Conventional drugs and monoclonal antibodies reach only "
                        "part of these cells, because many of them sit deep in the tissues. CAR-T cells are living "
                        "immune cells: they can cross tissue barriers, spread widely through the body and destroy "
                        "B cells and plasma cells, even in tissue spaces that antibody drugs cannot reach. Once "
                        "this source of the disease is cleared, autoantibody levels gradually fall, complement "
                        "levels return to normal, and the symptoms ease or disappear.</p>"
                    ),
                    "zh-hans": (
                        "<p>专家团队向她解释了CAR-T细胞为何有望在其他疗法失效后发挥作用。在狼疮患者体内，"
                        "B细胞及由其分化而来的浆细胞会产生攻击自身器官的自身抗体。传统药物和单克隆抗体只能作用于"
                        "其中一部分细胞，因为许多细胞深藏在组织之中。CAR-T细胞是有活性的免疫细胞，能够穿透组织屏障、"
                        "在体内广泛分布，并对B细胞和浆细胞发挥杀伤作用，即使在抗体类药物无法到达的组织间隙中也是如此。"
                        "一旦清除了这一致病根源，自身抗体水平便会逐渐下降，补体恢复正常，症状也随之减轻甚至消失。</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>In April 2023 Ms. A received CAR-T cell therapy at our hospital. Her own T cells were "
                        "collected, engineered in the laboratory to recognize and attack B cells, and then returned "
                        "to her by infusion. At every follow-up visit since then, her tests have shown that the "
                        "disease is under control.</p>"
                    ),
                    "zh-hans": (
                        "<p>2023年4月，A女士在我院接受了CAR-T细胞疗法。医生先采集她自身的T细胞，在实验室中进行改造，"
                        "使其能够识别并攻击B细胞，再通过静脉回输到她体内。此后每次复诊，检查结果都显示病情已得到控制。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2023, 4, 1),
                    "description": {
                        "en": "Ms. A receives CAR-T cell therapy at our hospital.",
                        "zh-hans": "A女士在我院接受CAR-T细胞疗法。",
                    },
                },
            ),
            (
                "patient_quote",
                {
                    "quote": {
                        "en": (
                            "The red spots on my skin have disappeared, and I have stopped taking steroids and "
                            "immunosuppressants. I used to need blood and urine tests all the time; now a check "
                            "every six months is enough. I feel well, and every result is normal. This is my "
                            "third follow-up visit, and the first two went well too. I am deeply grateful to the "
                            "doctors and nurses who gave me my life back."
                        ),
                        "zh-hans": (
                            "我皮肤上的红点已经全部消退，激素和免疫抑制剂也都停了。以前要经常抽血、验尿，"
                            "现在每半年复查一次就够了。我感觉身体很好，各项指标都正常。这是我第三次复诊，"
                            "前两次的结果也都很好。我由衷感谢医护人员，是他们让我重获新生。"
                        ),
                    },
                    "speaker_role": _PATIENT,
                },
            ),
        ],
    },
    {
        "case_code": "MM-07",
        "slug": "mm-07",
        "published": date(2023, 10, 16),
        "title": {"en": "Multiple myeloma (MM) – case 07", "zh-hans": "多发性骨髓瘤（MM）病例07"},
        "summary": {
            "en": (
                "A fictional demo case: a man from Russia whose multiple myeloma returned after a stem cell "
                "transplant and several lines of drug treatment reached a deep remission after CAR-T cell therapy."
            ),
            "zh-hans": (
                "虚构的演示病例：一位来自俄罗斯的男性多发性骨髓瘤患者，在干细胞移植和多线药物治疗后病情复发，"
                "接受CAR-T细胞疗法后获得深度缓解。"
            ),
        },
        "patient_alias": {"en": "Mr. B", "zh-hans": "B先生"},
        "gender": "male",
        "age_at_onset": 58,
        "nationality": "RU",
        "condition": "multiple-myeloma",
        "treatment": "car-t-cell-therapy",
        "onset_date": date(2018, 3, 1),
        "treatment_date": date(2022, 8, 1),
        "follow_up_visits": 5,
        "outcome_summary": {
            "en": (
                "One year after CAR-T cell therapy no myeloma cells could be found in his bone marrow, even with "
                "highly sensitive tests; he stays under regular follow-up because the disease can still return."
            ),
            "zh-hans": (
                "接受CAR-T细胞疗法一年后，即使采用高灵敏度检测，他的骨髓中也未再检出骨髓瘤细胞；"
                "由于疾病仍有复发可能，他继续接受定期随访。"
            ),
        },
        "consent": {
            "date_given": date(2023, 9, 12),
            "document_reference": "CONSENT-MM-07",
            "expires_on": date(2028, 9, 11),
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "<p>Mr. B was 58 when, in March 2018, he began to have persistent back pain and tired "
                        "easily. Blood tests in his home country found anemia and an abnormal protein made by a "
                        "single clone of plasma cells, and a bone marrow examination confirmed multiple "
                        "myeloma.</p>"
                    ),
                    "zh-hans": (
                        "<p>2018年3月，时年58岁的B先生开始出现持续性腰背痛，而且很容易疲劳。他在本国接受血液检查，"
                        "发现贫血以及由单一克隆浆细胞产生的异常蛋白，骨髓检查最终确诊为多发性骨髓瘤。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2018, 3, 1),
                    "description": {
                        "en": "Back pain and fatigue lead to a diagnosis of multiple myeloma.",
                        "zh-hans": "B先生因腰背痛和乏力就诊，确诊为多发性骨髓瘤。",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>He was first treated with a proteasome inhibitor, an immunomodulatory drug and "
                        "dexamethasone, followed in 2019 by high-dose chemotherapy and an autologous stem cell "
                        "transplant. The myeloma came back in 2021. A regimen including an anti-CD38 monoclonal "
                        "antibody held it in check for about a year, but in 2022 his M protein began to rise again "
                        "and new bone lesions appeared.</p>"
                    ),
                    "zh-hans": (
                        "<p>他先接受了蛋白酶体抑制剂、免疫调节剂联合地塞米松的治疗，随后于2019年进行了大剂量化疗"
                        "和自体造血干细胞移植。2021年骨髓瘤复发，改用含抗CD38单克隆抗体的方案后，病情控制了约一年；"
                        "但到2022年，他的M蛋白再次升高，并出现了新的骨质破坏。</p>"
                    ),
                },
            ),
            (
                "clinician_quote",
                {
                    "quote": {
                        "en": (
                            "By the time Mr. B came to us, his myeloma no longer responded to any of the three "
                            "main classes of drugs, and few options were left. CAR-T cells directed against "
                            "B-cell maturation antigen (BCMA), a protein found on nearly all myeloma cells, "
                            "offered him a real chance of a deep response. We explained the possible benefits "
                            "and risks, including cytokine release syndrome, and he decided to go ahead."
                        ),
                        "zh-hans": (
                            "B先生来我院时，他的骨髓瘤对三大类主要药物均已耐药，可选的治疗手段所剩无几。"
                            "B细胞成熟抗原（BCMA）几乎表达于所有骨髓瘤细胞表面，靶向BCMA的CAR-T细胞为他带来了"
                            "获得深度缓解的现实希望。我们向他详细介绍了这一疗法可能的获益和风险，"
                            "包括细胞因子释放综合征，随后他决定接受治疗。"
                        ),
                    },
                    "speaker_role": {"en": "Attending hematologist", "zh-hans": "血液科主治医师"},
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>In August 2022, after a short course of lymphodepleting chemotherapy, Mr. B received "
                        "an infusion of CAR-T cells made from his own T cells. Mild cytokine release syndrome gave "
                        "him a fever for two days, which settled with supportive care, and he left the hospital "
                        "after three weeks. A month later his M protein could no longer be detected, and at one "
                        "year a highly sensitive bone marrow test found no remaining myeloma cells.</p>"
                    ),
                    "zh-hans": (
                        "<p>2022年8月，B先生先接受了短程淋巴细胞清除化疗，随后回输了以其自身T细胞制备的CAR-T细胞。"
                        "他出现了轻度细胞因子释放综合征，发热两天，经对症支持治疗后好转，三周后出院。"
                        "一个月后，他的M蛋白已检测不到；治疗满一年时，高灵敏度骨髓检测也未发现残留的骨髓瘤细胞。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2022, 8, 1),
                    "description": {
                        "en": "Mr. B receives CAR-T cells directed against BCMA at our hospital.",
                        "zh-hans": "B先生在我院接受靶向BCMA的CAR-T细胞治疗。",
                    },
                },
            ),
            (
                "patient_quote",
                {
                    "quote": {
                        "en": (
                            "After the transplant and all those drugs, I was afraid there was nothing left to "
                            "try. Now I walk my dog every morning and I am back at work part-time. I know I "
                            "still need my check-ups, and I have never missed one."
                        ),
                        "zh-hans": (
                            "做完移植、用了那么多药之后，我一度担心已经无药可用了。现在我每天早上都去遛狗，"
                            "也重新上班了，只是暂时做兼职。我知道还需要定期复查，所以一次也没有落下过。"
                        ),
                    },
                    "speaker_role": _PATIENT,
                },
            ),
        ],
    },
    {
        "case_code": "ALL-05",
        "slug": "all-05",
        "published": date(2023, 5, 22),
        "title": {
            "en": "B-cell acute lymphoblastic leukemia (B-ALL) – case 05",
            "zh-hans": "B细胞急性淋巴细胞白血病（B-ALL）病例05",
        },
        "summary": {
            "en": (
                "A fictional demo case: a boy from Mongolia whose leukemia came back during chemotherapy has "
                "stayed in remission since receiving CAR-T cells that target CD19."
            ),
            "zh-hans": (
                "虚构的演示病例：一名来自蒙古国的男孩在化疗期间白血病复发，接受靶向CD19的CAR-T细胞治疗后至今保持缓解。"
            ),
        },
        "patient_alias": {"en": "Patient D", "zh-hans": "患儿D"},
        "gender": "male",
        "age_at_onset": 9,
        "nationality": "MN",
        "condition": "b-cell-acute-lymphoblastic-leukemia",
        "treatment": "car-t-cell-therapy",
        "onset_date": date(2019, 9, 1),
        "treatment_date": date(2021, 12, 1),
        "follow_up_visits": 6,
        "outcome_summary": {
            "en": (
                "He has been in complete remission since the first month after CAR-T cell therapy; he receives "
                "regular immunoglobulin infusions and has his bone marrow checked at each follow-up visit."
            ),
            "zh-hans": (
                "接受CAR-T细胞疗法后第一个月起，他一直处于完全缓解状态；目前定期输注免疫球蛋白，"
                "每次复诊时都会复查骨髓。"
            ),
        },
        "consent": {
            "date_given": date(2023, 3, 6),
            "document_reference": "CONSENT-ALL-05",
            "expires_on": date(2028, 3, 5),
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "<p>In September 2019 Patient D, then nine years old, became pale and tired, bruised "
                        "easily and kept saying that his legs hurt. His parents took him to a doctor in Mongolia, "
                        "where a bone marrow test showed B-cell acute lymphoblastic leukemia. He started intensive "
                        "chemotherapy and was in remission within a month.</p>"
                    ),
                    "zh-hans": (
                        "<p>2019年9月，当时9岁的患儿D面色苍白、容易疲倦，身上常出现瘀青，还总说腿疼。"
                        "父母带他在蒙古国就医，骨髓检查确诊为B细胞急性淋巴细胞白血病。他随即开始强化化疗，"
                        "一个月内即获得缓解。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2019, 9, 1),
                    "description": {
                        "en": (
                            "Patient D is diagnosed with B-cell acute lymphoblastic leukemia and starts chemotherapy."
                        ),
                        "zh-hans": "患儿D确诊为B细胞急性淋巴细胞白血病，开始化疗。",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>About two years later, during his maintenance treatment, routine tests found leukemia "
                        "cells in his bone marrow again. Another round of chemotherapy reduced them but could not "
                        "clear them. His doctors at home explained that a second remission would be hard to reach "
                        "with chemotherapy alone, and the family contacted our hospital.</p>"
                    ),
                    "zh-hans": (
                        "<p>大约两年后，在维持治疗期间，常规检查再次在他的骨髓中发现了白血病细胞。再次化疗后，"
                        "白血病细胞有所减少，但未能彻底清除。当地医生告诉家人，仅靠化疗很难再次获得缓解，"
                        "于是一家人联系了我院。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2021, 9, 1),
                    "description": {
                        "en": "Leukemia cells reappear in his bone marrow during maintenance treatment.",
                        "zh-hans": "维持治疗期间，骨髓中再次出现白血病细胞。",
                    },
                },
            ),
            (
                "clinician_quote",
                {
                    "quote": {
                        "en": (
                            "His leukemia cells still carried CD19, the marker that our CAR-T cells recognize, "
                            "so he was a suitable candidate. For children whose leukemia has returned and no "
                            "longer responds to chemotherapy, CAR-T cell therapy can bring a remission that "
                            "chemotherapy alone rarely achieves. During the first weeks we watched him closely "
                            "for cytokine release syndrome and for effects on the nervous system."
                        ),
                        "zh-hans": (
                            "他的白血病细胞仍然表达CD19，也就是我们的CAR-T细胞所识别的标志物，因此他适合接受这一治疗。"
                            "对于复发且对化疗不再敏感的白血病患儿，CAR-T细胞疗法往往能带来单靠化疗难以实现的缓解。"
                            "在最初几周里，我们密切监测他是否出现细胞因子释放综合征和神经系统不良反应。"
                        ),
                    },
                    "speaker_role": {"en": "Attending pediatric hematologist", "zh-hans": "儿童血液科主治医师"},
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>In December 2021 Patient D received CAR-T cells made from his own T cells. He had a "
                        "high fever for three days, which the team brought under control, and no effects on his "
                        "nervous system. Four weeks later no leukemia cells could be detected in his bone marrow, "
                        "even with the most sensitive tests. Because the CAR-T cells also remove healthy B cells, "
                        "he receives regular immunoglobulin infusions to protect him from infections. He has gone "
                        "back to school.</p>"
                    ),
                    "zh-hans": (
                        "<p>2021年12月，患儿D回输了以其自身T细胞制备的CAR-T细胞。治疗后他连续三天高热，"
                        "经医疗团队处理后得到控制，未出现神经系统不良反应。四周后，即使采用最灵敏的检测方法，"
                        "他的骨髓中也已检测不到白血病细胞。由于CAR-T细胞同时会清除正常的B细胞，"
                        "他需要定期输注免疫球蛋白以预防感染。如今，他已经重返校园。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2021, 12, 1),
                    "description": {
                        "en": "Patient D receives CAR-T cells that target CD19.",
                        "zh-hans": "患儿D接受靶向CD19的CAR-T细胞治疗。",
                    },
                },
            ),
            (
                "patient_quote",
                {
                    "quote": {
                        "en": (
                            "When the leukemia came back, we were terrified. Now our son plays soccer with his "
                            "friends again and talks about becoming a doctor. We bring him back for his "
                            "check-ups, and each time the results make us a little less afraid."
                        ),
                        "zh-hans": (
                            "白血病复发的时候，我们全家都吓坏了。现在儿子又能和小伙伴们一起踢足球了，还说长大后要当医生。"
                            "我们定期带他回来复查，每一次的结果都让我们心里更踏实一些。"
                        ),
                    },
                    "speaker_role": {"en": "Patient's mother", "zh-hans": "患儿母亲"},
                },
            ),
        ],
    },
    {
        "case_code": "RA-12",
        "slug": "ra-12",
        "published": date(2022, 9, 14),
        "title": {"en": "Rheumatoid arthritis (RA) – case 12", "zh-hans": "类风湿关节炎（RA）病例12"},
        "summary": {
            "en": (
                "A fictional demo case: a woman from Kazakhstan whose rheumatoid arthritis stayed active on "
                "methotrexate reached remission after a biologic was added."
            ),
            "zh-hans": (
                "虚构的演示病例：一位来自哈萨克斯坦的女性类风湿关节炎患者，"
                "服用甲氨蝶呤后病情仍持续活动，加用生物制剂后达到缓解。"
            ),
        },
        "patient_alias": {"en": "Ms. C", "zh-hans": "C女士"},
        "gender": "female",
        "age_at_onset": 38,
        "nationality": "KZ",
        "condition": "rheumatoid-arthritis",
        "treatment": "biologic-therapy",
        "onset_date": date(2017, 5, 1),
        "treatment_date": date(2021, 6, 1),
        "follow_up_visits": 4,
        "outcome_summary": {
            "en": (
                "Six months after the biologic was added her disease was in remission; she continues the "
                "treatment at home and comes for a check-up once a year."
            ),
            "zh-hans": "加用生物制剂六个月后，她的病情达到缓解；目前在家中继续用药，每年来院复查一次。",
        },
        "consent": {
            "date_given": date(2022, 7, 5),
            "document_reference": "CONSENT-RA-12",
            "expires_on": date(2027, 7, 4),
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "<p>In May 2017 Ms. C, then 38, noticed that her fingers and wrists were stiff and swollen "
                        "every morning, sometimes for more than an hour. Within months the pain had spread to both "
                        "knees. Blood tests showed rheumatoid factor and anti-CCP antibodies, and a rheumatologist "
                        "in her home country diagnosed rheumatoid arthritis.</p>"
                    ),
                    "zh-hans": (
                        "<p>2017年5月，时年38岁的C女士发现自己每天早晨手指和手腕都僵硬肿胀，有时持续一个多小时。"
                        "几个月内，疼痛又蔓延到双膝。血液检查显示类风湿因子和抗环瓜氨酸肽（抗CCP）抗体阳性，"
                        "她在本国经风湿科医生诊断为类风湿关节炎。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2017, 5, 1),
                    "description": {
                        "en": "Morning stiffness and swelling begin in Ms. C's fingers and wrists.",
                        "zh-hans": "C女士的手指和手腕开始出现晨僵和肿胀。",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>For more than three years she took methotrexate, the usual first treatment for the "
                        "disease, with short courses of glucocorticoids when it flared. The flares kept coming "
                        "back, and by 2021 she found it hard to hold a cup or walk down stairs. X-rays showed early "
                        "erosions in the small joints of her hands.</p>"
                    ),
                    "zh-hans": (
                        "<p>此后三年多，她一直服用该病的常规一线药物甲氨蝶呤，病情加重时短期加用糖皮质激素。"
                        "然而病情仍反复发作，到2021年，她连端杯子、下楼梯都感到吃力。"
                        "X线检查显示双手小关节已出现早期骨侵蚀。</p>"
                    ),
                },
            ),
            (
                "clinician_quote",
                {
                    "quote": {
                        "en": (
                            "When Ms. C first came to us, her disease was highly active despite methotrexate, and "
                            "the erosions told us that her joints were already being damaged. Adding a biologic "
                            "that blocks tumor necrosis factor was the logical next step. Before starting, we "
                            "screened her for tuberculosis and hepatitis B, because these medicines can "
                            "reactivate hidden infections."
                        ),
                        "zh-hans": (
                            "C女士初次来我院就诊时，尽管一直在服用甲氨蝶呤，病情仍处于高度活动状态，"
                            "骨侵蚀也表明关节已经开始受损。在此基础上加用一种阻断肿瘤坏死因子的生物制剂，"
                            "是顺理成章的下一步。用药前，我们先为她进行了结核和乙型肝炎筛查，"
                            "因为这类药物可能导致潜伏感染重新激活。"
                        ),
                    },
                    "speaker_role": _RHEUMATOLOGIST,
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "<p>In June 2021 she began injections of a tumor necrosis factor (TNF) inhibitor every two "
                        "weeks, alongside her methotrexate. Her morning stiffness eased within the first month. "
                        "After six months her joints were no longer swollen, her inflammation markers were normal "
                        "and her disease activity score was in the remission range. She now gives herself the "
                        "injections at home, visits us once a year and keeps in touch with our rheumatology team "
                        "by video in between.</p>"
                    ),
                    "zh-hans": (
                        "<p>2021年6月，她在继续服用甲氨蝶呤的同时，开始每两周注射一次肿瘤坏死因子（TNF）抑制剂。"
                        "第一个月内，晨僵就明显减轻。治疗六个月后，她的关节已不再肿胀，炎症指标恢复正常，"
                        "疾病活动度评分达到缓解标准。如今，她在家中自行注射，每年来我院复诊一次，"
                        "其间通过视频与我院风湿免疫科团队保持联系。</p>"
                    ),
                },
            ),
            (
                "timeline_event",
                {
                    "date": date(2021, 6, 1),
                    "description": {
                        "en": "Ms. C starts a TNF inhibitor together with methotrexate.",
                        "zh-hans": "C女士在甲氨蝶呤基础上开始使用TNF抑制剂。",
                    },
                },
            ),
            (
                "patient_quote",
                {
                    "quote": {
                        "en": (
                            "I can open jars, climb the stairs to our apartment and go for long walks again. I no "
                            "longer have to plan my whole day around the stiffness in my hands."
                        ),
                        "zh-hans": (
                            "我又能自己拧开瓶盖、爬楼梯回家，也能出门走很远的路了。"
                            "我再也不必围着双手的僵硬来安排一整天的生活。"
                        ),
                    },
                    "speaker_role": _PATIENT,
                },
            ),
        ],
    },
]
