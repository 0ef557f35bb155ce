#include "demo/DemoDataContent.h"

namespace {
using Person = DemoDataContent::Person;
using Topic = DemoDataContent::Topic;

const Person People[] = {
    // Hindi
    { u"श्रीमती", u"अनीता", u"शर्मा", u"+91 98110 45210", u"anita.sharma@example.in",
        u"बी-12, लाजपत नगर, नई दिल्ली 110024", u"hi" },
    { u"श्री", u"राजेश कुमार", u"वर्मा", u"+91 98290 11873", u"rajesh.verma@example.in", u"45, गांधी मार्ग, जयपुर 302001",
        u"hi" },
    { u"श्रीमती", u"सुनीता", u"गुप्ता", u"+91 99710 33480", u"sunita.gupta@example.in", u"12/7, सिविल लाइंस, कानपुर 208001",
        u"hi" },
    { u"श्री", u"अमित", u"सिंह", u"+91 94150 27731", u"amit.singh@example.in", u"मकान 88, गोमती नगर, लखनऊ 226010",
        u"hi" },
    { u"सुश्री", u"नेहा", u"मेहता", u"+91 98200 61452", u"neha.mehta@example.in", u"फ़्लैट 301, अंधेरी पूर्व, मुंबई 400069", u"hi" },
    { u"श्री", u"विकास", u"यादव", u"+91 97170 88214", u"vikas.yadav@example.in", u"गली 4, सेक्टर 15, गुरुग्राम 122001",
        u"hi" },
    { u"श्रीमती", u"कविता", u"जोशी", u"+91 94120 55903", u"kavita.joshi@example.in", u"मल्लीताल, नैनीताल 263001", u"hi" },
    { u"श्री", u"संजय", u"अग्रवाल", u"+91 98260 40117", u"sanjay.agarwal@example.in", u"विजय नगर, इंदौर 452010", u"hi" },
    { u"श्रीमती", u"पूजा", u"चौधरी", u"+91 99280 73366", u"pooja.chaudhary@example.in", u"शास्त्री नगर, मेरठ 250004",
        u"hi" },
    { u"श्री", u"मनोज", u"तिवारी", u"+91 94500 19087", u"manoj.tiwari@example.in", u"अस्सी घाट के पास, वाराणसी 221005",
        u"hi" },
    // Telugu
    { u"శ్రీ", u"వెంకట రమణ", u"రెడ్డి", u"+91 98480 22338", u"venkata.reddy@example.in",
        u"ఇంటి నం. 8-2-293, బంజారా హిల్స్, హైదరాబాద్ 500034", u"te" },
    { u"శ్రీమతి", u"పద్మావతి", u"కొండపల్లి", u"+91 94405 81126", u"padmavathi.k@example.in", u"ఆర్టీసీ కాలనీ, కాకినాడ 533003", u"te" },
    { u"శ్రీ", u"సురేష్", u"నాయుడు", u"+91 99890 41275", u"suresh.naidu@example.in", u"ద్వారకా నగర్, విశాఖపట్నం 530016", u"te" },
    { u"శ్రీమతి", u"శ్రీదేవి", u"రావు", u"+91 94401 66823", u"sridevi.rao@example.in", u"బెంజ్ సర్కిల్, విజయవాడ 520010", u"te" },
    { u"శ్రీ", u"రవి తేజ", u"చౌదరి", u"+91 98490 37712", u"raviteja.c@example.in", u"కొత్తపేట, గుంటూరు 522001", u"te" },
    { u"శ్రీమతి", u"సరస్వతి", u"అయ్యగారి", u"+91 90000 52419", u"saraswathi.a@example.in", u"తిరుచానూరు రోడ్, తిరుపతి 517501",
        u"te" },
    { u"శ్రీ", u"నాగార్జున", u"వర్మ", u"+91 98660 18904", u"nagarjuna.varma@example.in", u"హనుమకొండ, వరంగల్ 506001", u"te" },
    { u"శ్రీమతి", u"అనూష", u"గౌడ్", u"+91 95050 73140", u"anusha.goud@example.in",
        u"కూకట్‌పల్లి, హైదరాబాద్ 500072", u"te" },
    { u"శ్రీ", u"శ్రీనివాస్", u"మూర్తి", u"+91 93910 28457", u"srinivas.murthy@example.in", u"ట్రంక్ రోడ్, నెల్లూరు 524001", u"te" },
    // Urdu
    { u"جناب", u"عمران احمد", u"خان", u"+92 300 1234567", u"imran.khan@example.pk", u"مکان نمبر 14، گلبرگ III، لاہور",
        u"ur" },
    { u"محترمہ", u"فاطمہ", u"صدیقی", u"+92 321 4567890", u"fatima.siddiqui@example.pk", u"بلاک 7، گلشنِ اقبال، کراچی",
        u"ur" },
    { u"جناب", u"محمد علی", u"قریشی", u"+92 333 2468101", u"ali.qureshi@example.pk", u"سیٹلائٹ ٹاؤن، راولپنڈی", u"ur" },
    { u"محترمہ", u"زینب", u"حسین", u"+92 345 1357913", u"zainab.hussain@example.pk", u"حیات آباد، پشاور", u"ur" },
    { u"جناب", u"بلال", u"چوہدری", u"+92 301 9876543", u"bilal.chaudhry@example.pk", u"مدینہ ٹاؤن، فیصل آباد", u"ur" },
    { u"محترمہ", u"نادیہ", u"ملک", u"+92 322 1122334", u"nadia.malik@example.pk", u"سیکٹر ایف-7، اسلام آباد", u"ur" },
    { u"جناب", u"سلمان", u"رضا", u"+91 98100 22771", u"salman.raza@example.in", u"ٹولی چوکی، حیدرآباد 500008", u"ur" },
    { u"محترمہ", u"رخسانہ", u"بیگم", u"+91 99000 45566", u"rukhsana.begum@example.in", u"امین آباد، لکھنؤ 226018",
        u"ur" },
    // Catalan
    { u"Sr.", u"Jordi", u"Puig i Ferrer", u"+34 612 345 678", u"jordi.puig@example.cat",
        u"Carrer de Mallorca, 214, 3r 2a, 08008 Barcelona", u"ca" },
    { u"Sra.", u"Núria", u"Vilalta Soler", u"+34 633 210 987", u"nuria.vilalta@example.cat",
        u"Passeig de Gràcia, 55, 08007 Barcelona", u"ca" },
    { u"Sr.", u"Àlex", u"Martí Casals", u"+34 654 789 123", u"alex.marti@example.cat",
        u"Carrer Major, 12, 25007 Lleida", u"ca" },
    { u"Sra.", u"Mercè", u"Ribas Bosch", u"+34 677 450 312", u"merce.ribas@example.cat",
        u"Rambla Nova, 88, 43001 Tarragona", u"ca" },
    { u"Sr.", u"Pere", u"Sánchez Vidal", u"+34 689 001 245", u"pere.sanchez@example.cat",
        u"Plaça de la Independència, 3, 17001 Girona", u"ca" },
    { u"Sra.", u"Montserrat", u"Castells Pujol", u"+34 622 987 654", u"montse.castells@example.cat",
        u"Carrer de Sant Antoni, 7, 08301 Mataró", u"ca" },
    { u"Sr.", u"Oriol", u"Ferrer-Vidal Roca", u"+34 611 223 344", u"oriol.ferrer@example.cat",
        u"Avinguda Diagonal, 640, 08017 Barcelona", u"ca" },
    { u"Sra.", u"Laia", u"Guàrdia Oliveras", u"+376 312 456", u"laia.guardia@example.ad",
        u"Avinguda Meritxell, 25, AD500 Andorra la Vella", u"ca" },
    // English
    { u"Ms.", u"Jane", u"Smith", u"+1 555 010 2345", u"jane.smith@example.com", u"123 Main St, Anytown, USA 12345",
        u"en" },
    { u"Mr.", u"David", u"Brown", u"+44 20 7946 0958", u"david.brown@example.co.uk", u"14 Baker Street, London NW1 6XE",
        u"en" },
    { u"Ms.", u"Emily", u"Clarke", u"+44 161 496 0321", u"emily.clarke@example.co.uk",
        u"22 Deansgate, Manchester M3 4LQ", u"en" },
    { u"Mr.", u"Michael", u"O'Connor", u"+353 1 555 0142", u"michael.oconnor@example.ie", u"8 Grafton Street, Dublin 2",
        u"en" },
    { u"Ms.", u"Sarah", u"Johnson", u"+1 555 013 8876", u"sarah.johnson@example.com",
        u"450 Oak Avenue, Springfield, IL 62704", u"en" },
};

const Topic HindiTopics[] = {
    { u"ऑर्डर अभी तक नहीं पहुँचा",
        u"ग्राहक का ऑर्डर सोमवार तक आना था, पर अभी तक नहीं पहुँचा। कूरियर से पता किया: पार्सल स्थानीय गोदाम में रुका है। दो दिन में "
        u"डिलीवरी का आश्वासन दिया।" },
    { u"रिफ़ंड की स्थिति",
        u"तीन हफ़्ते पहले ख़राब मिक्सर लौटाया था, पैसे अब तक वापस नहीं आए। वापसी दर्ज होने की पुष्टि की और रिफ़ंड के लिए बिलिंग विभाग "
        u"को भेजा।" },
    { u"एक ही ऑर्डर का दो बार भुगतान",
        u"कार्ड से एक ही ऑर्डर के लिए दो बार पैसे कटे। दोहरा भुगतान जाँचा और वापसी का अनुरोध किया; 5–7 कार्यदिवस में राशि लौट "
        u"आएगी।" },
    { u"डिलीवरी का पता बदलना", u"ग्राहक नए घर में चले गए हैं। आगे के ऑर्डर के लिए नया पता दर्ज किया और उन्हें पढ़कर सुनाया।" },
    { u"टूटा हुआ सामान मिला", u"डिब्बा दबा हुआ आया और काँच का जग टूटा था। नया जग भेजा और पैकिंग की समस्या गोदाम टीम को बताई।" },
    { u"लंबे इंतज़ार की शिकायत",
        u"कॉल का जवाब मिलने से पहले 25 मिनट प्रतीक्षा करनी पड़ी। माफ़ी माँगी, तकनीकी ख़राबी के बारे में बताया और छूट वाउचर दिया।" },
    { u"वारंटी में मरम्मत",
        u"वॉशिंग मशीन छह महीने पुरानी है और पानी नहीं निकाल रही। वारंटी के तहत तकनीशियन की मुलाक़ात गुरुवार सुबह तय की।" },
    { u"सदस्यता रद्द करना", u"ग्राहक मासिक सदस्यता बंद करना चाहते थे। अगले महीने से रद्द कर दी और पुष्टि ई-मेल से भेजी।" },
    { u"पैकिंग के बारे में सुझाव", u"ग्राहक का सुझाव है कि प्लास्टिक की जगह काग़ज़ की पैकिंग हो। सुझाव पैकेजिंग विभाग को भेज दिया।" },
    { u"धन्यवाद पत्र", u"ग्राहक ने जल्दी बदलकर दिए गए सामान के लिए टीम को धन्यवाद का पत्र लिखा।" },
};

const Topic TeluguTopics[] = {
    { u"ఆర్డర్ ఇంకా అందలేదు",
        u"సోమవారం రావాల్సిన ఆర్డర్ ఇంకా అందలేదు. కొరియర్‌తో మాట్లాడాను: పార్శిల్ స్థానిక గోదాములో ఆగిపోయింది. రెండు రోజుల్లో డెలివరీ చేస్తామని హామీ "
        u"ఇచ్చాను." },
    { u"రీఫండ్ స్థితి",
        u"మూడు వారాల క్రితం పాడైన మిక్సీని తిరిగి పంపారు, డబ్బు ఇంకా రాలేదు. రిటర్న్ నమోదైందని నిర్ధారించి, రీఫండ్ కోసం బిల్లింగ్ విభాగానికి పంపాను." },
    { u"ఒకే ఆర్డర్‌కు రెండుసార్లు చెల్లింపు",
        u"ఒకే ఆర్డర్‌కు కార్డు నుంచి రెండుసార్లు డబ్బు కట్ అయింది. రెండో చెల్లింపును తిరిగి ఇవ్వమని అభ్యర్థించాను; 5–7 పని దినాల్లో జమ "
        u"అవుతుంది." },
    { u"డెలివరీ చిరునామా మార్పు", u"వినియోగదారు కొత్త ఇంటికి మారారు. కొత్త చిరునామాను నమోదు చేసి, వారికి చదివి వినిపించాను." },
    { u"పగిలిన వస్తువు వచ్చింది", u"పెట్టె నలిగిపోయి వచ్చింది, గాజు జగ్ పగిలింది. కొత్త జగ్ పంపాను, ప్యాకింగ్ సమస్యను గోదాము బృందానికి తెలియజేశాను." },
    { u"ఎక్కువ సేపు వేచి ఉండాల్సి వచ్చింది",
        u"కాల్‌కు సమాధానం రాకముందు 25 నిమిషాలు వేచి ఉన్నారు. క్షమాపణ చెప్పి, సాంకేతిక లోపం గురించి వివరించి, డిస్కౌంట్ వోచర్ "
        u"ఇచ్చాను." },
    { u"వారంటీ మరమ్మతు", u"ఆరు నెలల వాషింగ్ మెషిన్ నుంచి నీరు బయటకు పోవడం లేదు. వారంటీ కింద గురువారం ఉదయం టెక్నీషియన్ సందర్శన ఏర్పాటు చేశాను." },
    { u"సభ్యత్వం రద్దు", u"నెలవారీ సభ్యత్వాన్ని ఆపాలని కోరారు. వచ్చే నెల నుంచి రద్దు చేసి, ఇ-మెయిల్ ద్వారా నిర్ధారణ పంపాను." },
    { u"ప్యాకింగ్‌పై సూచన",
        u"ప్లాస్టిక్ బదులు కాగితం ప్యాకింగ్ వాడాలని సూచించారు. ఈ సూచనను ప్యాకేజింగ్ విభాగానికి పంపాను." },
    { u"కృతజ్ఞతా లేఖ", u"త్వరగా వస్తువు మార్చి ఇచ్చినందుకు బృందానికి ధన్యవాదాలు తెలుపుతూ లేఖ రాశారు." },
};

const Topic UrduTopics[] = {
    { u"آرڈر ابھی تک نہیں پہنچا",
        u"گاہک کا آرڈر پیر تک پہنچنا تھا مگر ابھی تک نہیں آیا۔ کوریئر سے معلوم کیا: پارسل مقامی گودام میں رکا ہوا ہے۔ "
        u"دو دن میں ترسیل کی یقین دہانی کرائی۔" },
    { u"رقم کی واپسی",
        u"تین ہفتے پہلے خراب بلینڈر واپس کیا تھا، رقم اب تک واپس نہیں ملی۔ واپسی کے اندراج کی تصدیق کی اور ریفنڈ کے "
        u"لیے بلنگ شعبے کو بھیج دیا۔" },
    { u"ایک ہی آرڈر کی دو بار ادائیگی",
        u"کارڈ سے ایک ہی آرڈر کے لیے دو بار رقم کٹ گئی۔ دوسری ادائیگی کی واپسی کی درخواست دی؛ رقم 5 سے 7 کاروباری دنوں "
        u"میں واپس آ جائے گی۔" },
    { u"ترسیل کا پتہ تبدیل",
        u"گاہک نئے گھر میں منتقل ہو گئے ہیں۔ آئندہ آرڈرز کے لیے نیا پتہ درج کیا اور انہیں پڑھ کر سنایا۔" },
    { u"ٹوٹا ہوا سامان موصول ہوا",
        u"ڈبہ دبا ہوا پہنچا اور شیشے کا جگ ٹوٹا ہوا تھا۔ نیا جگ بھیج دیا اور پیکنگ کا مسئلہ گودام کی ٹیم کو بتایا۔" },
    { u"طویل انتظار کی شکایت",
        u"جواب ملنے سے پہلے 25 منٹ انتظار کرنا پڑا۔ معذرت کی، تکنیکی خرابی کی وضاحت کی اور رعایتی واؤچر دیا۔" },
    { u"وارنٹی کے تحت مرمت",
        u"چھ ماہ پرانی واشنگ مشین سے پانی نہیں نکل رہا۔ وارنٹی کے تحت جمعرات کی صبح ٹیکنیشن کی آمد طے کی۔" },
    { u"رکنیت کی منسوخی",
        u"گاہک ماہانہ رکنیت ختم کرنا چاہتے تھے۔ اگلے مہینے سے منسوخ کر دی اور ای میل سے تصدیق بھیجی۔" },
    { u"پیکنگ کے بارے میں تجویز",
        u"گاہک کی تجویز ہے کہ پلاسٹک کے بجائے کاغذ کی پیکنگ استعمال کی جائے۔ تجویز پیکیجنگ شعبے کو بھیج دی گئی۔" },
    { u"شکریہ کا خط", u"گاہک نے جلد سامان تبدیل کرنے پر ٹیم کا شکریہ ادا کرتے ہوئے خط لکھا۔" },
};

const Topic CatalanTopics[] = {
    { u"La comanda encara no ha arribat",
        u"La comanda havia d'arribar dilluns i encara no ha arribat. He parlat amb el missatger: el paquet és retingut "
        u"al magatzem local. Li he promès el lliurament en dos dies." },
    { u"Estat del reemborsament",
        u"Va retornar una batedora defectuosa fa tres setmanes i encara no ha rebut els diners. He confirmat que la "
        u"devolució consta i ho he passat a Facturació." },
    { u"Cobrament duplicat",
        u"La targeta s'ha carregat dues vegades per la mateixa comanda. He demanat l'anul·lació del segon càrrec; li "
        u"tornaran l'import en 5–7 dies feiners." },
    { u"Canvi d'adreça de lliurament",
        u"S'ha mudat de casa. He actualitzat l'adreça per a les properes comandes i l'hi he llegida per "
        u"confirmar-la." },
    { u"Producte trencat",
        u"La caixa va arribar aixafada i la gerra de vidre, trencada. Hem enviat una gerra nova i he avisat l'equip "
        u"del magatzem del problema d'embalatge." },
    { u"Queixa pel temps d'espera",
        u"Va esperar 25 minuts abans que l'atenguessin. M'he disculpat, he explicat l'avaria i li he ofert un val de "
        u"descompte." },
    { u"Reparació en garantia",
        u"La rentadora té sis mesos i no desguassa. He concertat la visita d'un tècnic en garantia per dijous al "
        u"matí." },
    { u"Baixa de la subscripció",
        u"Volia donar de baixa la subscripció mensual. L'he cancel·lada a partir del mes vinent i li he enviat la "
        u"confirmació per correu electrònic." },
    { u"Suggeriment sobre l'embalatge",
        u"Suggereix fer servir paper en comptes de plàstic per embalar. He enviat el suggeriment al departament "
        u"d'embalatge." },
    { u"Carta d'agraïment", u"Ens ha escrit per agrair a l'equip la rapidesa amb què li vam canviar el producte." },
};

const Topic EnglishTopics[] = {
    { u"Order not delivered",
        u"The order was due on Monday and has not arrived. Checked with the courier: the parcel is held at the local "
        u"depot. Promised delivery within two days." },
    { u"Refund for a returned blender",
        u"Returned a faulty blender three weeks ago and has not been refunded. Confirmed the return was logged and "
        u"passed the refund to Billing." },
    { u"Charged twice",
        u"The card was charged twice for the same order. Asked for the second charge to be reversed; the amount will "
        u"be back within 5–7 working days." },
    { u"Change of delivery address",
        u"The customer has moved house. Updated the address for future orders and read it back to confirm." },
    { u"Broken item received",
        u"The box arrived crushed and the glass jug was broken. Sent a new jug and told the warehouse team about the "
        u"packaging problem." },
    { u"Complaint about waiting time",
        u"Waited 25 minutes before being answered. Apologised, explained the outage and offered a discount voucher." },
    { u"Two more CDs requested",
        u"Requested two more CDs, to be shipped to the address on file. Order placed; confirmation sent by e-mail." },
    { u"Software licence follow-up",
        u"Agreed to call back on Thursday at 3 pm to complete the software licence activation." },
    { u"Suggestion: paper packaging",
        u"Suggests paper padding instead of plastic. Forwarded the suggestion to the packaging department." },
    { u"Thank-you letter", u"Wrote to thank the team for the quick replacement." },
};

template <std::size_t N> QList<Topic> toList(const Topic (&topics)[N])
{
    return QList<Topic>(std::begin(topics), std::end(topics));
}
} // namespace

QList<DemoDataContent::Person> DemoDataContent::people()
{
    return QList<Person>(std::begin(People), std::end(People));
}

QList<DemoDataContent::Topic> DemoDataContent::topics(const QString& language)
{
    if (language == u"hi")
        return toList(HindiTopics);
    if (language == u"te")
        return toList(TeluguTopics);
    if (language == u"ur")
        return toList(UrduTopics);
    if (language == u"ca")
        return toList(CatalanTopics);
    return toList(EnglishTopics);
}

QList<DemoDataContent::Staff> DemoDataContent::staff()
{
    return {
        { u"Jonathan", u"jonathan", u"agent", u"Customer service", u"en" },
        { u"Priya", u"priya", u"agent", u"Customer service", u"hi" },
        { u"Ravi", u"ravi", u"agent", u"Customer service", u"te" },
        { u"Aisha", u"aisha", u"supervisor", u"Customer service", u"ur" },
        { u"Jordi", u"jordi", u"agent", u"Customer service", u"ca" },
    };
}
