"""Names the lists do not know: a capitalised word that English hardly ever uses; and the Chinese word
frequencies and place names by which the Han name rules of `names.py` tell names from everyday words.

The name lists of `names.py` can never hold every given and family name of every culture the
hospital's patients come from ("Javlon", "Lindqvist-Boateng", "Haoxuan"). What those names share is
that English text hardly ever uses them, while the words a story capitalises for other reasons
(places, hospitals, months, eponyms, drugs) are either common words, or names of a kind this module
lists. How often English uses a word comes from wordfreq's word lists, which ship inside the package
(Zipf scale: 3 is about once in a million words, 1.5 about once in thirty million).

Recall first: an unfamiliar capitalised word the lists below miss costs a reviewer one override; a
name nobody listed, missed, exposes a patient.
"""

import re
from functools import cache

from babel import Locale
from wordfreq import freq_to_zipf, get_frequency_dict, zipf_frequency

from casepages import upstream
from casepages.checks.findings import Finding
from casepages.checks.han import is_han

# A capitalised word inside a sentence rarer than this is read as a name ("Aigerim" 1.6, "Javlon" 0;
# "Grace" 4.4 and "Anna" 4.3 are too common, and are found by the name lists and context rules; lab
# words a timeline capitalises, "Platelets" 2.8 and "Albumin" 2.6, are caught by their endings or the list).
RARER_THAN_INSIDE_A_SENTENCE = 3.0
# At the start of a sentence every word is capitalised; only a word English almost never uses counts.
RARER_THAN_AT_A_SENTENCE_START = 1.5
# Two such words side by side, anywhere, are a full name more often than not ("Connor McAllister" 3.8 and 3.0).
RARER_THAN_IN_A_PAIR = 4.0
# Beside Chinese characters in Chinese text ("Aziz终于", "推给Lei，"), where no word is capitalised for opening a
# sentence.
RARER_THAN_BESIDE_HAN = 4.0
# Before a verb only people do, anywhere.
RARER_THAN_BEFORE_A_PERSONS_VERB = 3.6
_PERSONS_VERB_AFTER = re.compile(
    r"(?:'s|’s|,? (?:still |now |also |then |first |finally |soon |already |never |quickly |proudly )?"
    r"(?:says|said|told|tells|asks|asked|remembers|remembered|recalls|recalled"
    r"|cried|cries|laughed|laughs|smiled|smiles|walks|walked|wants|wanted|decided|signed|wrote|writes|drove|flew"
    r"|arrived|hugged|held|thanked|turned|hopes|hoped|knew|felt|feels|loves|loved|misses|missed|lost|met|joined"
    r"|came|comes|went|spent|learned|learnt|insisted|shouted|whispered|sang|danced|played|plays|blows|blew|sits|sat"
    r"|stood|slept|woke|ate|kept|keeps|sold|brought|took|calls|called|grins|grinned|waved|is back|was back"
    r"|takes|starts|started|shows|showed|gets|got|fixes|fixed|teaches|taught|volunteers|helps|helped|draws|drew"
    # A caption's or a story's person doing something: "Camila smiling in a wheelchair", "Jonas was walking".
    r"|(?:is |was )?(?:smiling|laughing|sitting|standing|holding|playing|walking|hugging|waving|reading|drawing"
    r"|resting|posing|celebrating|dancing|singing)"
    r"|was so|is so|was teaching|is teaching|could not|couldn't|can now|could now"
    r"|(?:is|was) the (?:youngest|eldest|oldest|first|only)"
    r"|and (?:her|his|their) (?:husband|wife|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa"
    r"|sister|brother|son|daughter|twin|parents|family)|and the (?:grandchildren|children|family|team|nurses|doctors)"
    r"|back home))\b"
    # An age in apposition: "Lek, seven, asked".
    r"|, (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}),"
)
# "The Emperor of All Maladies": a run of capitalised words joined by "of" is a title or an institution.
_TITLE_RUN = re.compile(
    r"(?:[A-Z][\w'’-]*\s){1,4}of(?:\s(?:the|All|a))?\s(?:[A-Z][\w'’-]*\s?){1,4}"
    # A journal's abbreviated name before its year and volume: "N Engl J Med 2023;204".
    r"|(?:\b[A-Z][a-z]{0,9}\.?\s){1,6}(?:19|20)\d{2};\s?\d+"
)

# Places the hospital's patients come from and travel through that are rare in English text, beyond
# those libphonenumber names (`known_places`).
PLACES = frozenset(
    """
    Urals Bogota Shymkent Chimkent Karaganda Karagandy Aktobe Aktau Atyrau Taraz Semey Oskemen Ust-Kamenogorsk Kostanay
    Kyzylorda Pavlodar Petropavl Petropavlovsk Kokshetau Taldykorgan Ekibastuz Turkistan Turkestan Zhezkazgan
    Balkhash Temirtau Uralsk Oral Rudny Zhanaozen Baikonur Kaskelen Talgar Esik Nur-Sultan Astana Akmola
    Dhabi Zhetysu Abai Ulytau Mangystau Mangistau Kyzylkum Issyk-Kul Ysyk-Kol Naryn Osh Jalal-Abad Talas Karakol
    Tokmok Bishkek Chui Andijan Andijon Namangan Fergana Ferghana Samarkand Samarqand Bukhara Buxoro Khiva
    Nukus Karakalpakstan Termez Qarshi Navoiy Jizzakh Gulistan Urgench Kokand Margilan Khujand Kulob Bokhtar
    Gobi Govi Gobi-Altai Govi-Altai Bayankhongor Dornogovi Omnogovi Khovsgol Arkhangai Uvs Zavkhan Selenge
    Basra Mosul Erbil Kirkuk Najaf Karbala Tashkent Toshkent Dushanbe Khorog Ashgabat Turkmenabat Dashoguz Mary
    Balkanabat Ulaanbaatar Ulan-Ude Erdenet Darkhan
    Khovd Olgii Ulgii Bayan-Olgii Choibalsan Zuunmod Novosibirsk Barnaul Omsk Tomsk Kemerovo Krasnoyarsk
    Irkutsk Chita Khabarovsk Vladivostok Yakutsk Tyumen Chelyabinsk Yekaterinburg Ekaterinburg Orenburg
    Ufa Kazan Samara Saratov Volgograd Astrakhan Makhachkala Grozny Nalchik Vladikavkaz Stavropol Krasnodar
    Urumqi Ürümqi Kashgar Kashi Hotan Aksu Korla Yining Ghulja Ili Altay Altai Tacheng Bole Hami Turpan
    Karamay Shihezi Changji Khorgos Horgos Alashankou Manzhouli Erenhot Hohhot Baotou Ordos Hulunbuir
    Hailar Xilinhot Tongliao Chifeng Yinchuan Xining Lhasa Shigatse Lanzhou Dunhuang Jiayuguan Golmud
    Heihe Blagoveshchensk Suifenhe Hunchun Yanji Dandong Harbin Changchun Shenyang Dalian Qiqihar Mudanjiang Jiamusi
    Tabriz Mashhad Isfahan Shiraz Herat Mazar-i-Sharif Kunduz Peshawar Gilgit Quetta Lahore Karachi
    Vientiane Phnom Penh Siem Reap Battambang Luang Prabang Savannakhet Yangon Mandalay Naypyidaw Dhaka Chittagong
    Kathmandu Pokhara Thimphu Colombo Kandy Hanoi Haiphong Danang Nha Trang Cebu Davao Lapu-Lapu Quezon Iloilo
    Bandung Surabaya Medan Makassar Denpasar Yogyakarta Semarang Penang Ipoh Kuching Kinabalu Johor Bahru
    Chiang Mai Phuket Hat Yai Khon Kaen Udon Thani
    Wangfujing Sanlitun Guomao Zhongguancun Xidan Qianmen Dongdan Houhai Shichahai Yizhuang Wudaokou Dongzhimen
    Xizhimen Yonghegong Tiantan Beihai Xicheng Dongcheng Chaoyang Haidian Fengtai Shijingshan Tongzhou Changping
    Daxing Shunyi Fangshan Mentougou Huairou Pinggu Miyun Yanqing Yunnan Baiyao
    Farsi Buryat Buryats Tuvan Hazara Pashtun Uighur Avar Karakalpak
    """.split()
)
# Thanks and greetings of the patients' languages typed in Latin letters ("Obrigada!", "Khob khun ka",
# "Terima kasih banyak"): rare in English, and no names.
LATIN_LETTER_GREETINGS = frozenset(
    """
    obrigado obrigada gracias muchas merci danke grazie dziekuje dziękuję spasibo bolshoe bolshoye rakhmet rahmet
    raxmat rakhmat shukran jazeelan jazakallah xiexie xièxie xiexienin nín khob khop kob khun krub khrap terima kasih
    banyak salamat maraming cảm ơn cam kamsahamnida gamsahamnida arigato arigatou teşekkürler tesekkurler
    tashakkur assalomu alaykum assalamu alaikum salaam marhaba ahlan sawasdee sawatdee namaste dhanyavaad
    dhanyawad asante hvala köszönöm koszonom kiitos efharisto mersi sağol sagol bayarlalaa bayarlaa zdravstvuyte
    privet dobry dobryi dobriy habari jambo selamat mabuhay chào sain baina salem sälem salom onam bilan kasal
    yordam bering merhaba rahmat ngiyabonga
    """.split()
)

# Capitalised words of medicine that are not names of patients: eponyms of diseases, signs, tests and
# scores, brands of drugs and devices that stories name, and the patients' holidays.
MEDICAL_PROPER_NOUNS = frozenset(
    """
    Lupus Erythematosus Systemic Staphylococcus Streptococcus Enterococcus Klebsiella Pseudomonas Candida
    Aspergillus Escherichia Mycobacterium Acinetobacter Salmonella Shigella Legionella Brucella Moraxella
    Fugl-Meyer Fugl Meyer Heimlich Harmonic
    Bordetella Listeria Pugh Sjögren Sjogren Raynaud Crohn Hodgkin Bence Schirmer Holter Libman Sacks Romberg
    Guillain Barré Barre Homans Kaluza FlowJo Lugano Binet Durie Breslow Gleason Dukes Zofran Jakafi
    Schober Wegener Behçet Behcet Henoch Schönlein Schonlein Takayasu Ehlers Danlos Kawasaki Cushing
    Addison Hashimoto Gottron Heberden Bouchard Babinski Kussmaul Cheyne Coombs Westergren Paget Kaposi
    Burkitt Waldenström Waldenstrom Marfan Klinefelter Gaucher Fabry Pompe Duchenne Charcot Horner
    Sheehan Felty Jaccoud Apgar Karnofsky Likert Kaplan Meier Wilcoxon Whipple Hickman Swan Ganz Tenckhoff
    Foley Seldinger Valsalva Trendelenburg Lachman Phalen Tinel Murphy Kernig Brudzinski Chvostek Trousseau
    Auspitz Koebner Nikolsky Wickham Lofgren Löfgren Churg Strauss Goodpasture Alport Berger Bartter
    Gitelman Fanconi Wilms Ewing Hurthle Hürthle Reed Sternberg Auer Howell Jolly Heinz Pelger Huët Huet
    Charité Humira Dexcom Omnipod Ozempic Lantus Levemir Tresiba Novorapid NovoRapid Humalog Benlysta
    Plaquenil CellCept Prograf Advagraf Arava Saphnelo Lupkynis Enbrel Remicade Simponi Cimzia Actemra
    Kevzara Olumiant Xeljanz Rinvoq Cosentyx Taltz Stelara Skyrizi Tremfya Dupixent Xolair Nucala Fasenra
    Keytruda Opdivo Tecentriq Imfinzi Herceptin Avastin Rituxan MabThera Gazyva Imbruvica Venclexta
    Revlimid Velcade Darzalex Kymriah Yescarta Carvykti Abecma Eliquis Xarelto Pradaxa Clexane Lovenox
    Coumadin Marevan Glucophage Januvia Jardiance Forxiga Trulicity Victoza Saxenda Wegovy Mounjaro
    Lipitor Crestor Medrol Solu-Medrol Deltasone Imuran Neoral Sandimmune Myfortic Endoxan Cytoxan
    Accu-Chek FreeStyle Libre Medtronic MiniMed Tandem Eversense Guardian Contour Glucomen Ventolin
    Symbicort Seretide Spiriva EpiPen Tylenol Panadol Nurofen Voltaren Celebrex Arcoxia Lyrica Neurontin
    Jakavi Soliris Ultomiris Tecartus Breyanzi Eylea Lucentis Spinraza Zolgensma Hemlibra Enspryng Uplizna
    Ocrevus Kesimpta Tysabri Gilenya Aubagio Mavenclad Lemtrada Vyvgart Tavneos Nplate Promacta Revolade
    Doptelet Jadenu Exjade Hydrea Sprycel Tasigna Glivec Gleevec Iclusig Calquence Brukinsa Blincyto Besponsa
    Mylotarg Vidaza Dacogen Adcetris Polivy Tagrisso Tarceva Iressa Alecensa Xalkori Lenvima Nexavar Sutent
    Inlyta Cabometyx Zytiga Xtandi Lynparza Zejula Ibrance Kisqali Verzenio Enhertu Kadcyla Perjeta Erbitux
    Vectibix Lonsurf Stivarga Xeloda Temodar Gliadel Afinitor Rapamune Zortress Simulect Thymoglobulin
    Kasai Nissen Billroth Blalock Taussig Blakemore Heller Burch Ravitch Ilizarov Hartmann Killip Masaoka
    Lansky Amplatzer Abbott Micra Impella Cochlear Nucleus Tecfidera Entresto Omron Philips Siemens SOMATOM
    EPIQ Revolution Force Apple Watch Xiaomi Huawei Samsung Garmin Fitbit Fallot Ponseti Guedel Baveno Perthes
    Legg Calvé Calve Bell Tay Sachs Fontan Barthel Mako Ottobock Biotronik Augmentin Zinnat Cardiohelp Assurity Fugl
    Tyverb Nolvadex Vemlidy Viread Baraclude Tamiflu Relenza Xofluza Euthyrox Synthroid Letrox Sovaldi Harvoni
    Epclusa Mavyret Maviret Concor Gardasil Plavix Zoladex Metformin Glucovance Brilinta Lasix Zyprexa
    Paxlovid Norvasc Sandimmun Lovaza Zocor Zestril Cozaar Diovan Micardis Exforge Amlor Tenormin
    Inderal Aldactone Lanoxin Cordarone Multaq Nexium Losec Prilosec Pantoloc Controloc Zantac Motilium Imodium
    Duphalac Buscopan Creon Ursofalk Urso Actigall Pentasa Asacol Salofalk Entocort Budenofalk Remsima Inflectra
    Amgevita Hadlima Benepali Erelzi Truxima Ogivri Kanjinti Zirabev Mvasi Ontruzant Herzuma Prolia Xgeva Forteo
    Forsteo Evenity Aclasta Fosamax Bonviva Calcichew Rocaltrol Thyrax Prednisolon Decortin
    Solupred Diprospan Kenalog Depo-Medrol Arcalyst Ilaris Kineret Orencia Roactemra Zinplava Vancocin Tygacil
    Meronem Tazocin Rocephin Claforan Cipro Ciprobay Levaquin Tavanic Avelox Zithromax Sumamed Klacid Bactrim
    Septrin Diflucan Vfend Noxafil Cresemba Cancidas Ambisome Valcyte Cymevene Zovirax Valtrex Famvir Prevymis
    Biktarvy Genvoya Descovy Truvada Triumeq Dovato Juluca Odefsey Symtuza Prezista Isentress Tivicay Veklury
    Lagevrio Opsumit Tracleer Uptravi Adempas Revatio Adcirca Volibris Ventavis Remodulin
    Flolan Letairis Sildenafil Viagra Cialis Keppra Depakine Depakote Tegretol Trileptal Lamictal Topamax Vimpat
    Briviact Fycompa Rivotril Frisium Sabril Epidiolex Sinemet Madopar Stalevo Azilect Mirapex Sifrol Requip
    Neupro Aricept Exelon Ebixa Namenda Lexapro Cipralex Zoloft Prozac Paxil Seroxat Cymbalta Effexor Efexor
    Wellbutrin Remeron Abilify Risperdal Seroquel Xanax Valium Ativan Stilnox Ambien Imovane Concerta Ritalin
    Strattera Elvanse Vyvanse Botox Dysport Xeomin Aimovig Emgality Ajovy Maxalt Imigran Zomig Relpax Sumatriptan
    Insulatard Mixtard Humulin Apidra Fiasp Toujeo Abasaglar Basaglar Semglee Ryzodeg Xultophy Soliqua Rybelsus
    Byetta Bydureon Galvus Eucreas Janumet Trajenta Jentadueto Onglyza Invokana Steglatro Amaryl Diamicron
    Glucobay Actos Avandia NovoMix NovoNorm Starlix Beovu Vabysmo Ozurdex Iluvien Acthar Synacthen
    Neulasta Neupogen Granocyte Aranesp Eprex Mircera NeoRecormon Ferinject Venofer Monofer Cosmofer Feraheme
    Kayexalate Resonium Veltassa Lokelma Renvela Renagel Fosrenol Velphoro Mimpara Sensipar Parsabiv Zemplar
    Calcijex Samsca Jinarc Jynarque Lupron Eligard Firmagon Decapeptyl Faslodex Femara Arimidex Aromasin
    Tamoxifen Casodex Erleada Nubeqa Xofigo Pluvicto Lutathera Sandostatin Somatuline Signifor
    Votrient Zykadia Alunbrig Lorbrena Tabrecta Tepmetko Retevmo Gavreto Lumakras Krazati
    Rozlytrek Vitrakvi Tafinlar Mekinist Braftovi Mektovi Cotellic Zelboraf Yervoy Libtayo Bavencio Jemperli
    Tevimbra Tyvyt Tuoyi Baizean Imjudo Opdualag Trodelvy Padcev Tivdak Elahere Blenrep Tecvayli Talvey
    Elrexfio Columvi Epkinly Lunsumio Sarclisa Kyprolis Ninlaro Pomalyst Imnovid Thalomid Farydak Xpovio
    Inrebic Vonjo Ojjaara Rydapt Xospata Vanflyta Idhifa Tibsovo Daurismo Venclyxto Onureg Scemblix
    Bosulif Jaypirca Zydelig Copiktra Aliqopa Ukoniq Tazverik Koselugo Turalio
    Gamifant Cablivi Adakveo Oxbryta Reblozyl Siklos Crizanlizumab Empaveli Fabhalta Voydeya Piasky
    Enjaymo Rystiggo Zilbrysq Evrysdi Qalsody Tofersen Leqembi Aduhelm Kisunla Briumvi Zeposia
    Ponvory Mayzent Vumerity Bafiertam Plegridy Rebif Avonex Betaferon Betaseron Copaxone Glatopa
    Fampyra Ampyra Radicava Rilutek Exservan Nuplazid Ingrezza Austedo Xenazine Nourianz Inbrija Apokyn
    Kynmobi Duodopa Vyalev Xadago Ongentys Gralise Horizant Savella Ultram Tramal Oxycontin
    Targin Durogesic Fentanyl Actiq Abstral Subutex Suboxone Buvidal Sublocade Narcan Nyxoid Zubsolv
    Dermovate Elocon Protopic Elidel Eucrisa Opzelura Daivobet Enstilar Otezla Sotyktu Bimzelx Siliq Ilumya
    Adbry Adtralza Ebglyss Nemluvio Cibinqo Litfulo Leqselvi Spevigo Vtama Zoryve Wynzora
    Nowruz Nauryz Navruz Naadam Tsagaan Sar Ramadan Eid Diwali Songkran Hanukkah Easter Hari Raya Chuseok Tet Seollal
    Vesak Deepavali Holi Obon Avenida Calle Rua Jalan Ulitsa
    """.split()
)

# People of history whom stories quote or whose portraits hang in hospitals; naming them names no patient.
FAMOUS_PEOPLE = frozenset(
    """
    Hippocrates Galen Avicenna Ibn Sina Florence Nightingale Louis Pasteur Alexander Fleming Marie Curie
    Norman Bethune Sun Yat-sen Li Shizhen Hua Tuo Zhang Zhongjing Bian Que Sun Simiao Lin Qiaozhi Confucius
    Genghis Khan Chinggis Khaan Abai Kunanbaiuly Kunanbayev Pushkin Tolstoy Dostoevsky Chekhov Pavlov Pirogov
    Botkin Mechnikov Semmelweis Lister Jenner Koch Osler Virchow Harvey Vesalius Paracelsus Einstein Darwin
    Newton Shakespeare Gandhi Mandela Lincoln Churchill Lu Xun Alisher Navoi Tu Youyou Charite
    Johns Hopkins Sloan Kettering Dana-Farber Gustave Roussy
    """.split()
)

# Word endings of drugs, diseases, procedures and substances ("Tacrolimus", "Nephritis", "Ferritin").
MEDICAL_WORD_ENDING = re.compile(
    r"(?:itis|osis|iasis|ology|ologist|mab|nib|limus|mus|ide|ine|one|olol|pril|sartan|statin|vir|cin|mycin"
    r"|cycline|cillin|coccus|bacter|bacterium|monas|myces|zole|azine|pine|pam|lam|parin|plase|ase"
    r"|emia|aemia|algia|pathy|plasty|ectomy|otomy|scopy"
    r"|gram|graphy|oid|ium|ate|cel|globin|ritin|tein|sone|lone|cort|phage|cyte|blast|gen|genic|ensis|itus"
    r"|ism|ponin|etam|ulin|irubin|atinine|bumin|elet|tion|sion|osus|clax|xaban|gatran|stomy|pexy|tonin|irox|ginseng|therapy|flozin|tril"
    r"|pag|stim|cept|sarcoma|carcinoma|blastoma|lymphoma|melanoma|myeloma|glioma|adenoma|teratoma|thymoma)s?$"
)
# A capitalised word a few words before one of these is part of the name of a thing ("Mayo Clinic",
# "Peking Union Medical College Hospital", "Whipple procedure", "Sughd Province").
_THINGS_NAMED_AFTER_SOMEONE = frozenset(
    """
    hospital hospitals clinic clinics university institute center centre college academy foundation school
    syndrome disease procedure catheter line sign test score scale criteria classification index method
    shunt tube bar frame repair class stage myotomy fundoplication gastrectomy colposuspension occluder system
    casting palsy consensus prosthesis airway arm robot portoenterostomy valve pump device
    phenomenon reaction technique manoeuvre maneuver operation street road avenue prospekt prospect ulitsa boulevard
    embankment highway lake river mountains
    province region oblast district county prefecture state republic city committee ministry council society
    corporation harness
    association group journal press museum park square airport station festival award prize programme program
    diverticulum contracture fracture building wing tower hall area market mall shopping
    """.split()
)
# Medical nouns after an eponym ("Klatskin tumour", "Clavien-Dindo grade", "Mohs excision", "Petri dish",
# "Hippocratic oath") that also follow a person's possessive ("Marat's tumour"): they make a thing of the
# word before them only when no "'s" stands between.
_THINGS_NAMED_AFTER_SOMEONE_NOT_AFTER_A_POSSESSIVE = frozenset(
    """
    grade grading tumour tumor pull-through dish anaemia anemia excision surgery estimate chart oath approach concept
    protocol regimen
    """.split()
)
# The field of an institution named after someone, between the name and the institution in lower case
# ("Shumakov transplant centre", "burdenko neurosurgery institute").
_INSTITUTION_AFTER_ITS_FIELD = re.compile(
    r"\s+(?:transplant|transplantation|neurosurgery|neurosurgical|cancer|heart|eye|cardiology|oncology|research"
    r"|rehabilitation|medical|surgical|cardiac|trauma|burns?|stroke|maternity|children's|paediatric|pediatric"
    r"|orthopaedic|orthopedic|radiology|haematology|hematology)\s+(?:hospital|clinic|institute|centre|center"
    r"|university|college|academy|foundation)\b"
)
# Words that may stand inside such a name between the capitalised ones ("Institute of Haematology").
_INSIDE_A_NAME = frozenset("of the and for de")
# Bounded by anything but Latin letters and digits, so that a name between Han characters is found too.
_CAPITALISED_WORD = re.compile(
    # Two letters only before a hyphen: "Ji-woo".
    r"(?<![A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f0-9'’-])(?:Mc)?[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ\u0100-\u017f]{2,}|[a-z](?=-[a-z]))"
    r"(?:(?![-'’]s\b)[-'’][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f]+)*(?![A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f0-9])"
)
_SENTENCE_END = ".!?:;—"
_OPENING_MARKS = " “\"‘'(["
_WORD_PARTS = re.compile(r"[-'’]")
_HYPHENATED_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
# A syllable as Korean and Chinese names are romanised ("Sun-young", "Min-ji"): an initial, then a final.
_ROMANISED_SYLLABLE = re.compile(
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|kh|ts|ph|th)?(?:[aeiouy]{1,3}|[aeiouy]{1,2}(?:ng|n|m|k|p|l|r|t))"
)


def find_unfamiliar_capitalised_words(
    text: str, known_not_names: frozenset[str], among_han: bool = False
) -> list[Finding]:
    """Capitalised words English hardly uses, which are not places or medical names: most often names.

    `known_not_names` are further capitalised words the caller knows are not names (titles, months,
    institution words). `among_han` says the text is Chinese, where a capitalised Latin word beside Chinese
    characters is capitalised because it is a name, wherever it stands.
    """
    findings = []
    words = [match for match in _CAPITALISED_WORD.finditer(text) if not _known_not_a_name(text, match, known_not_names)]
    in_rare_pairs = _in_rare_pairs(text, words)
    for match in words:
        word = match.group()
        if word in known_places() or _a_place_after_its_preposition(text, match):
            continue
        before = text[: match.start()].rstrip(_OPENING_MARKS)
        at_sentence_start = not before or before[-1] in _SENTENCE_END
        rarer_than = RARER_THAN_AT_A_SENTENCE_START if at_sentence_start else RARER_THAN_INSIDE_A_SENTENCE
        # A person's verb after it ("Chinedu still remembers", "Shirin says", "Siti's platelets") makes
        # a name of a word English uses now and then, at a sentence's start too.
        if _PERSONS_VERB_AFTER.match(text, match.end()):
            rarer_than = RARER_THAN_BEFORE_A_PERSONS_VERB
        if match.start() in in_rare_pairs:
            rarer_than = max(rarer_than, RARER_THAN_IN_A_PAIR)
        if among_han and _beside_han(text, match.start(), match.end()):
            rarer_than = max(rarer_than, RARER_THAN_BESIDE_HAN)
        parts = [part for part in _WORD_PARTS.split(word) if len(part) > 1]
        if any(not part[1:].islower() for part in parts):
            continue  # "Anti-dsDNA": a term, not a name
        if all(part in known_places() or part in MEDICAL_PROPER_NOUNS for part in parts):
            continue
        # Two short syllables joined by a hyphen, as Korean and Cantonese given names are romanised
        # ("Hyun-woo", "Min-ji", "Ka-wai"), unless English writes the pair ("Self-care", "Check-up").
        first, _, second = word.partition("-")
        romanised_syllables = (
            bool(_HYPHENATED_SYLLABLES.fullmatch(word))
            and zipf_frequency(word, "en") < 4.5
            and zipf_frequency(first, "en") < 5.0  # not "Post-op"
            # Not an English compound of two words neither of which is romanised: "Ruby-red", "Lime-green".
            and not (
                zipf_frequency(first, "en") >= 3.5
                and zipf_frequency(second, "en") >= 4.5
                and not _ROMANISED_SYLLABLE.fullmatch(first.lower())
            )
        )
        known = all(
            part in known_places() or part in MEDICAL_PROPER_NOUNS or _is_english(part, rarer_than) for part in parts
        )
        if known and not romanised_syllables:
            continue
        findings.append(
            Finding(
                "person_name",
                word,
                match.start(),
                match.end(),
                "A capitalised word English hardly uses is most often a name; use a letter alias such as “Ms. A”",
            )
        )
    return findings


# Where a place stands: "rent flats in Sukhumvit.", "lives in Deira, Manila", "grew up near Arbat in Madrid".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|around|outside)\s$")
_PLACE_ENDS_AFTER = re.compile(r"\s*(?:[,.;!?]|$|\s(?:in|and|near)\s[A-Z])")


def _a_place_after_its_preposition(text: str, match: re.Match) -> bool:
    """A single capitalised word after "in" or "near", ending the phrase: a district or a town no list has. A
    person is hardly ever "in" someone; "in Aigerim's room" is a possessive and stays a name."""
    return bool(
        _PLACE_PREPOSITION_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and _PLACE_ENDS_AFTER.match(text, match.end())
    )


def _beside_han(text: str, start: int, end: int) -> bool:
    """Whether a Chinese character or a full-width mark touches text[start:end], ignoring quotation marks."""
    before = text[:start].rstrip(" “\"‘'「『")[-1:]
    after = text[end:].lstrip(" ”\"’'」』")[:1]
    return any(character and (is_han(character) or "\u3000" <= character <= "\u303f" or "\uff00" <= character)
               for character in (before, after))  # fmt: skip


def _known_not_a_name(text: str, match: re.Match, known_not_names: frozenset[str]) -> bool:
    word = match.group()
    if word in known_not_names or word in MEDICAL_PROPER_NOUNS or word in FAMOUS_PEOPLE or _is_a_people(word):
        return True
    if word.lower() in LATIN_LETTER_GREETINGS:
        return True
    if MEDICAL_WORD_ENDING.search(word.lower()) or names_a_thing(text, match.start(), match.end()):
        return True
    return _in_a_title(text, match.start(), match.end())


def _is_a_people(word: str) -> bool:
    """ "Senegalese", "Tanzanian", "Scottish": a country's or a place's people (not "-i", which ends family names
    made from places: "Tehrani")."""
    for ending in ("ese", "ian", "ish"):
        place = word.removesuffix(ending)
        if place != word and (place in known_places() or place + "a" in known_places()):
            return True
    return False


def _in_rare_pairs(text: str, words: list[re.Match]) -> set[int]:
    """Where the capitalised words stand that are next to another, both uncommon in English and not both
    places' words ("Connor McAllister", "Bong Garcia"; not "Santa Cruz")."""
    starts = set()
    for first, second in zip(words, words[1:], strict=False):
        if text[first.end() : second.start()] != " ":
            continue
        pair = (first.group(), second.group())
        if all(word in known_places() for word in pair):
            continue
        if all(zipf_frequency(word.lower(), "en") < RARER_THAN_IN_A_PAIR for word in pair):
            starts |= {first.start(), second.start()}
    return starts


# Prefixes and endings that make English words of English words ("Unreviewed", "Rechecking").
_ENGLISH_PREFIX = re.compile(r"^(?:un|re|non|pre|anti|over|under|sub|inter|post|mis|dis|self|semi|multi|counter)")
_ENGLISH_ENDING = re.compile(r"(?:s|es|ed|ing|ly|ness|ment|able|ible|ful|less|er|ers)$")


def _is_english(word: str, rarer_than: float) -> bool:
    """Whether `word` is an English word used at least this often, or one made from such a word."""
    word = word.lower()
    if zipf_frequency(word, "en") >= rarer_than:
        return True
    stems = {_ENGLISH_PREFIX.sub("", word), _ENGLISH_ENDING.sub("", word)}
    stems.add(_ENGLISH_ENDING.sub("", _ENGLISH_PREFIX.sub("", word)))
    return any(
        len(stem) >= 4 and stem != word and zipf_frequency(stem, "en") >= RARER_THAN_INSIDE_A_SENTENCE for stem in stems
    )


# The capitalised words of a place's name: "Ust-Kamenogorsk", "Jersey" and "City" of "Jersey City, NJ".
_CAPITALISED_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+")


@cache
def known_places() -> frozenset[str]:
    """Place names, and words for peoples and languages: those above, the words of the places phone
    numbers belong to in every country, and the English names of countries, languages and the cities
    time zones are named after (Babel's CLDR data)."""
    english = Locale("en")
    cities = {city.get("city") for city in english.time_zones.values() if city.get("city")}
    names = {*english.territories.values(), *english.languages.values(), *cities}
    names |= upstream.phone_region_place_names()
    return PLACES | {word for name in names for word in _CAPITALISED_NAME_WORD.findall(name)}


def _in_a_title(text: str, start: int, end: int) -> bool:
    return any(run.start() <= start and end <= run.end() for run in _TITLE_RUN.finditer(text))


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at `text[start:end]` is inside the name of an institution, a place or a method."""
    # What follows up to a bracket, a slash, a colon or a comma ("Madam Oh (centre)" is no "Oh Centre", "Professor
    # Lindqvist, Guillain-Barré syndrome" no eponym), a possessive left out ("Parkinson's disease").
    following = re.findall(r"(?<!['’])[A-Za-z0-9À-ÿ-]+", re.split(r"[(（/:：,，;]", text[end:], maxsplit=1)[0])[:6]
    possessive = text.startswith(("'s", "’s"), end)
    if _INSTITUTION_AFTER_ITS_FIELD.match(text, end):
        return True
    for word in following:
        if word.lower() in _THINGS_NAMED_AFTER_SOMEONE:
            return True
        if word.lower() in _THINGS_NAMED_AFTER_SOMEONE_NOT_AFTER_A_POSSESSIVE and not possessive:
            return True
        if not (word[:1].isupper() or word.isdigit() or word.lower() in _INSIDE_A_NAME):
            break
    preceding = re.findall(r"[\w'’-]+", text[:start])[-2:]
    return len(preceding) == 2 and preceding[1] == "of" and preceding[0].lower() in _THINGS_NAMED_AFTER_SOMEONE


# Places the patients come from, in Chinese, that CLDR's time zones do not name, and the currencies of their
# countries: transliterated like foreign names ("阿斯塔纳", "奇姆肯特", "图格里克"), they are neither.
CHINESE_PLACES_AND_CURRENCIES = frozenset(
    """
    阿斯塔纳 努尔苏丹 奇姆肯特 卡拉干达 阿克托别 阿特劳 塔拉兹 巴甫洛达尔 塞米伊 乌斯季卡缅诺戈尔斯克 克孜勒奥尔达
    比什凯克 奥什 撒马尔罕 布哈拉 费尔干纳 纳曼干 安集延 苦盏 达尚别 杜尚别 阿什哈巴德 乌兰巴托 额尔登特 达尔汗
    新西伯利亚 巴尔瑙尔 鄂木斯克 托木斯克 克拉斯诺亚尔斯克 伊尔库茨克 叶卡捷琳堡 车里雅宾斯克 喀山 符拉迪沃斯托克
    阿联酋 吉尔吉斯 乌兰乌德 二连浩特 满洲里 赤塔 哈巴罗夫斯克 布拉戈维申斯克 海参崴 雅库茨克 伯力 乌苏里斯克
    吉达 麦加 麦地那 达曼 沙迦 阿布扎比 迪拜 马斯喀特 苏哈尔 萨拉拉 巴士拉 埃尔比勒 马什哈德 大不里士 设拉子
    伊斯法罕 清迈 普吉 宿务 达沃 泗水 万隆 棉兰 槟城 新山 亚庇 古晋 岘港 海防 芹苴 曼德勒 暹粒 琅勃拉邦
    科布多 乌列盖 乔巴山 苏赫巴托 阿布贾 拉各斯 内罗毕 亚的斯亚贝巴 达累斯萨拉姆 坎帕拉 基加利 卢萨卡 哈拉雷 金沙萨
    多哈 德黑兰 圣保罗 里约热内卢 布宜诺斯艾利斯 利马 波哥大 圣地亚哥
    图格里克 卢布 坚戈 索姆 苏姆 马纳特 索莫尼 卢比 里亚尔 第纳尔 迪拉姆 林吉特 卢比亚
    """.split()
)


@cache
def chinese_place_names() -> frozenset[str]:
    """Countries and the cities time zones are named after, in Chinese (Babel's CLDR data): "哈萨克斯坦", "阿拉木图";
    and CHINESE_PLACES_AND_CURRENCIES."""
    chinese = Locale("zh")
    cities = {city.get("city") for city in chinese.time_zones.values() if city.get("city")}
    return frozenset({*chinese.territories.values(), *cities}) | CHINESE_PLACES_AND_CURRENCIES


def inside_a_chinese_place_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is part of a place's name written in Chinese ("乌兰|乌德", "杜尚|别"): the spans
    around it, up to the longest place's length, looked up in the set of places rather than each place searched."""
    places, longest = chinese_place_names(), _longest_chinese_place_name()
    return any(
        text[around_start:around_end] in places
        for around_start in range(max(0, end - longest), start + 1)
        for around_end in range(max(end, around_start + 2), min(len(text), around_start + longest) + 1)
    )


@cache
def _longest_chinese_place_name() -> int:
    return max(map(len, chinese_place_names()))


def chinese_word_zipf(word: str) -> float:
    """How often Chinese text uses `word` as a word of its own, on the Zipf scale (0 for a word not listed)."""
    frequency = _chinese_word_frequencies().get(word)
    return freq_to_zipf(frequency) if frequency else 0.0


@cache
def _chinese_word_frequencies() -> dict[str, float]:
    return get_frequency_dict("zh")
