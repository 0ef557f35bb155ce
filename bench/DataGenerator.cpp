#include "DataGenerator.h"

#include "domain/Call.h"
#include "domain/CallEvent.h"
#include "domain/Interaction.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
/// A name as written in its script, and how the same person writes it in Latin letters (e-mails,
/// romanised records).
struct Name
{
    const char16_t* native;
    const char16_t* latin;
};

enum class Culture { Catalan, English, Turkish, Hindi, Telugu, Urdu };

// Catalan and Spanish: accents, ç, ñ, the middle dot of l·l, compound given names.
constexpr std::array CatalanGiven = { Name { u"Núria", u"Nuria" }, Name { u"Jordi", u"Jordi" },
    Name { u"Àlex", u"Alex" }, Name { u"Mercè", u"Merce" }, Name { u"Pere", u"Pere" },
    Name { u"Montserrat", u"Montserrat" }, Name { u"Oriol", u"Oriol" }, Name { u"Laia", u"Laia" },
    Name { u"Marçal", u"Marcal" }, Name { u"Íngrid", u"Ingrid" }, Name { u"Joan", u"Joan" },
    Name { u"Gemma", u"Gemma" }, Name { u"Xavier", u"Xavier" }, Name { u"Aina", u"Aina" },
    Name { u"Arnau", u"Arnau" }, Name { u"Roser", u"Roser" }, Name { u"Lluís", u"Lluis" },
    Name { u"Mireia", u"Mireia" }, Name { u"José María", u"Jose Maria" }, Name { u"Sofía", u"Sofia" },
    Name { u"Andrés", u"Andres" }, Name { u"Begoña", u"Begona" }, Name { u"Iñaki", u"Inaki" },
    Name { u"Maria Àngels", u"Maria Angels" } };
constexpr std::array CatalanFamily = { Name { u"Puig", u"Puig" }, Name { u"Puigdomènech", u"Puigdomenech" },
    Name { u"Vilalta", u"Vilalta" }, Name { u"Martí", u"Marti" }, Name { u"Ribas", u"Ribas" },
    Name { u"Sánchez", u"Sanchez" }, Name { u"Castells", u"Castells" }, Name { u"Ferrer", u"Ferrer" },
    Name { u"Guàrdia", u"Guardia" }, Name { u"Garcia", u"Garcia" }, Name { u"López", u"Lopez" },
    Name { u"Col·lell", u"Collell" }, Name { u"Mal·lol", u"Mallol" }, Name { u"Gal·lart", u"Gallart" },
    Name { u"Pi-Sunyer", u"Pi-Sunyer" }, Name { u"Rovira", u"Rovira" }, Name { u"Muñoz", u"Munoz" },
    Name { u"Pérez", u"Perez" }, Name { u"Castañeda", u"Castaneda" }, Name { u"Soler", u"Soler" },
    Name { u"Pujol", u"Pujol" }, Name { u"Vidal", u"Vidal" }, Name { u"Camps", u"Camps" },
    Name { u"Fernández", u"Fernandez" } };
// English: apostrophes (straight and typographic), hyphens, a few accents.
constexpr std::array EnglishGiven = { Name { u"Jane", u"Jane" }, Name { u"David", u"David" },
    Name { u"Emily", u"Emily" }, Name { u"Michael", u"Michael" }, Name { u"Sarah", u"Sarah" },
    Name { u"Siobhan", u"Siobhan" }, Name { u"Liam", u"Liam" }, Name { u"Chloe", u"Chloe" },
    Name { u"Oliver", u"Oliver" }, Name { u"Amelia", u"Amelia" }, Name { u"James", u"James" },
    Name { u"Grace", u"Grace" }, Name { u"Zoë", u"Zoe" }, Name { u"Renée", u"Renee" }, Name { u"Seán", u"Sean" },
    Name { u"Aoife", u"Aoife" }, Name { u"Mary-Jane", u"Mary-Jane" }, Name { u"Jean-Luc", u"Jean-Luc" },
    Name { u"Thomas", u"Thomas" }, Name { u"Olivia", u"Olivia" } };
constexpr std::array EnglishFamily = { Name { u"Smith", u"Smith" }, Name { u"Brown", u"Brown" },
    Name { u"Clarke", u"Clarke" }, Name { u"O'Connor", u"OConnor" }, Name { u"O'Brien", u"OBrien" },
    Name { u"O’Neill", u"ONeill" }, Name { u"D'Arcy", u"DArcy" }, Name { u"Johnson", u"Johnson" },
    Name { u"Smith-Jones", u"Smith-Jones" }, Name { u"Taylor", u"Taylor" }, Name { u"Wilson", u"Wilson" },
    Name { u"McDonald", u"McDonald" }, Name { u"Fitzgerald", u"Fitzgerald" }, Name { u"Evans-Hughes", u"Evans-Hughes" },
    Name { u"Williams", u"Williams" }, Name { u"Thompson", u"Thompson" }, Name { u"Davies", u"Davies" },
    Name { u"Baker", u"Baker" }, Name { u"O’Sullivan", u"OSullivan" }, Name { u"Wright", u"Wright" } };
// Turkish: dotted capital İ, dotless ı, ç, ş, ğ, ö, ü.
constexpr std::array TurkishGiven = { Name { u"İlkay", u"Ilkay" }, Name { u"İbrahim", u"Ibrahim" },
    Name { u"Işıl", u"Isil" }, Name { u"Çağla", u"Cagla" }, Name { u"Gökhan", u"Gokhan" }, Name { u"Şule", u"Sule" },
    Name { u"Ömer", u"Omer" }, Name { u"Ayşe", u"Ayse" }, Name { u"İrem", u"Irem" }, Name { u"Emre", u"Emre" } };
constexpr std::array TurkishFamily = { Name { u"Çelik", u"Celik" }, Name { u"Yılmaz", u"Yilmaz" },
    Name { u"Şahin", u"Sahin" }, Name { u"Öztürk", u"Ozturk" }, Name { u"İnce", u"Ince" }, Name { u"Aydın", u"Aydin" },
    Name { u"Kılıç", u"Kilic" }, Name { u"Doğan", u"Dogan" }, Name { u"Işık", u"Isik" }, Name { u"Güneş", u"Gunes" } };
// Hindi (Devanagari): vowel signs, viramas, nukta-free common names.
constexpr std::array HindiGiven = { Name { u"अनीता", u"Anita" }, Name { u"राजेश", u"Rajesh" },
    Name { u"सुनीता", u"Sunita" }, Name { u"अमित", u"Amit" }, Name { u"नेहा", u"Neha" }, Name { u"विकास", u"Vikas" },
    Name { u"कविता", u"Kavita" }, Name { u"संजय", u"Sanjay" }, Name { u"प्रिया", u"Priya" }, Name { u"राज", u"Raj" },
    Name { u"अर्जुन", u"Arjun" }, Name { u"दीपिका", u"Deepika" }, Name { u"श्रेया", u"Shreya" },
    Name { u"रोहित", u"Rohit" }, Name { u"राजेंद्र", u"Rajendra" }, Name { u"पूजा", u"Pooja" } };
constexpr std::array HindiFamily = { Name { u"शर्मा", u"Sharma" }, Name { u"वर्मा", u"Verma" },
    Name { u"गुप्ता", u"Gupta" }, Name { u"सिंह", u"Singh" }, Name { u"मेहता", u"Mehta" }, Name { u"यादव", u"Yadav" },
    Name { u"जोशी", u"Joshi" }, Name { u"पटेल", u"Patel" }, Name { u"अग्रवाल", u"Agarwal" },
    Name { u"कुमार", u"Kumar" }, Name { u"त्रिपाठी", u"Tripathi" }, Name { u"चतुर्वेदी", u"Chaturvedi" } };
constexpr std::array TeluguGiven = { Name { u"పద్మావతి", u"Padmavathi" }, Name { u"సురేష్", u"Suresh" },
    Name { u"శ్రీదేవి", u"Sridevi" }, Name { u"రవి", u"Ravi" }, Name { u"సరస్వతి", u"Saraswathi" },
    Name { u"నాగార్జున", u"Nagarjuna" }, Name { u"అనూష", u"Anusha" }, Name { u"వెంకటేష్", u"Venkatesh" },
    Name { u"లక్ష్మి", u"Lakshmi" }, Name { u"కిరణ్", u"Kiran" }, Name { u"మహేష్", u"Mahesh" },
    Name { u"స్వాతి", u"Swathi" } };
constexpr std::array TeluguFamily = { Name { u"రెడ్డి", u"Reddy" }, Name { u"నాయుడు", u"Naidu" },
    Name { u"రావు", u"Rao" }, Name { u"చౌదరి", u"Chowdary" }, Name { u"వర్మ", u"Varma" }, Name { u"గౌడ్", u"Goud" },
    Name { u"శాస్త్రి", u"Sastry" }, Name { u"మూర్తి", u"Murthy" } };
// Urdu: ZWNJ inside compound names (سیف‌اللہ), harakat and the superscript alef on some spellings.
constexpr std::array UrduGiven = { Name { u"عمران", u"Imran" }, Name { u"فاطمہ", u"Fatima" },
    Name { u"محمد", u"Muhammad" }, Name { u"مُحَمَّد", u"Muhammad" }, Name { u"زینب", u"Zainab" },
    Name { u"بلال", u"Bilal" }, Name { u"نادیہ", u"Nadia" }, Name { u"سلمان", u"Salman" },
    Name { u"رخسانہ", u"Rukhsana" }, Name { u"سیف\u200Cاللہ", u"Saifullah" }, Name { u"عبدالرحمٰن", u"Abdul Rehman" },
    Name { u"عائشہ", u"Ayesha" }, Name { u"حسن", u"Hassan" }, Name { u"عُمر", u"Umar" }, Name { u"ثناء", u"Sana" },
    Name { u"ذوالفقار", u"Zulfiqar" } };
constexpr std::array UrduFamily = { Name { u"خان", u"Khan" }, Name { u"صدیقی", u"Siddiqui" },
    Name { u"قریشی", u"Qureshi" }, Name { u"حسین", u"Hussain" }, Name { u"چوہدری", u"Chaudhry" },
    Name { u"ملک", u"Malik" }, Name { u"رضا", u"Raza" }, Name { u"بٹ", u"Butt" }, Name { u"شیخ", u"Sheikh" },
    Name { u"اعوان", u"Awan" }, Name { u"عبد\u200Cاللہ", u"Abdullah" }, Name { u"ہاشمی", u"Hashmi" } };

constexpr std::array Subjects = { u"Billing question", u"Delivery not received", u"Change of address",
    u"Refund requested", u"Complaint about waiting time", u"बिल में गलती", u"ऑर्डर की स्थिति", u"రీఫండ్ కోసం",
    u"డెలివరీ ఆలస్యం", u"بل کی ادائیگی", u"آرڈر کی تبدیلی", u"Canvi d'adreça", u"Factura duplicada",
    u"Devolución del pedido", u"Password reset", u"Contract renewal" };
constexpr std::array Summaries = { u"Explained the charges and sent a copy of the invoice.",
    u"ग्राहक को नया डिलीवरी समय बताया गया।", u"కస్టమర్‌కు రీఫండ్ స్థితి వివరించాను.",
    u"گاہک کو نئی تاریخ بتا دی گئی۔", u"S'ha enviat la factura corregida per correu.",
    u"Customer will call back after checking the parcel.", u"Se ha tramitado la devolución." };
constexpr std::array Agents = { u"Ravi Kumar", u"Núria Puig", u"Ayesha Khan", u"John O'Brien", u"सुनीता शर्मा" };

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

template <std::size_t N> const Name& pick(const std::array<Name, N>& names, quint64 h)
{
    return names[h % N];
}

/// Digits in another script: ASCII '0'..'9' moved to the block starting at `zero`.
QString inScript(const QString& text, char16_t zero)
{
    QString out = text;
    for (QChar& c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(zero + (c.unicode() - u'0')));
    }
    return out;
}

/// A phone as a country writes it: country code, national significant number, and the forms people type.
struct Phone
{
    QString region;
    QString cc;
    QString nsn;

    QStringList forms(quint64 h) const
    {
        const QString n = nsn;
        QStringList f;
        if (region == u"IN") {
            const QString a = n.left(5), b = n.mid(5);
            f = { u"+91 %1 %2"_s.arg(a, b), u"+91"_s + n, u"0%1 %2"_s.arg(a, b), u"0091 %1 %2"_s.arg(a, b),
                u"%1-%2"_s.arg(a, b), u"+91 (0) %1 %2"_s.arg(a, b), inScript(u"+91 %1 %2"_s.arg(a, b), u'\u0966') };
        } else if (region == u"PK") {
            const QString a = n.left(3), b = n.mid(3);
            f = { u"+92 %1 %2"_s.arg(a, b), u"0%1-%2"_s.arg(a, b), u"0092 %1 %2"_s.arg(a, b),
                u"+92 (0)%1 %2"_s.arg(a, b), u"+92"_s + n, u"0%1 %2 %3"_s.arg(a, b.left(3), b.mid(3)) };
        } else if (region == u"ES") {
            f = { u"+34 %1 %2 %3 %4"_s.arg(n.left(3), n.mid(3, 2), n.mid(5, 2), n.mid(7)),
                u"%1 %2 %3"_s.arg(n.left(3), n.mid(3, 3), n.mid(6)), u"0034 "_s + n, u"+34"_s + n };
        } else if (region == u"GB") {
            const QString a = n.left(4), b = n.mid(4);
            f = { u"+44 %1 %2"_s.arg(a, b), u"0%1 %2"_s.arg(a, b), u"+44 (0)%1 %2"_s.arg(a, b),
                u"0044 %1 %2"_s.arg(a, b), u"0%1-%2-%3"_s.arg(a, b.left(3), b.mid(3)) };
        } else {
            const QString a = n.left(3), b = n.mid(3, 3), c = n.mid(6);
            f = { u"+1 %1-%2-%3"_s.arg(a, b, c), u"(%1) %2-%3"_s.arg(a, b, c), u"%1.%2.%3"_s.arg(a, b, c),
                u"001 %1 %2 %3"_s.arg(a, b, c), u"+1"_s + n };
        }
        // The stored form first: the one this customer typed.
        const auto stored = qsizetype(h % quint64(f.size()));
        f.move(stored, 0);
        return f;
    }
};

constexpr qint64 SubscriberSpace = 10'000'000;

Phone phoneFor(const QString& region, qint64 subscriber, quint64 h)
{
    const QString s = u"%1"_s.arg(subscriber % SubscriberSpace, 7, 10, QChar(u'0'));
    if (region == u"IN") {
        static const std::array<const char16_t*, 5> prefixes = { u"984", u"944", u"701", u"812", u"630" };
        return { region, u"91"_s, QString::fromUtf16(prefixes[h % 5]) + s };
    }
    if (region == u"PK") {
        static const std::array<const char16_t*, 5> prefixes = { u"300", u"301", u"321", u"333", u"345" };
        return { region, u"92"_s, QString::fromUtf16(prefixes[h % 5]) + s };
    }
    if (region == u"ES") {
        static const std::array<const char16_t*, 4> prefixes = { u"61", u"62", u"69", u"93" };
        return { region, u"34"_s, QString::fromUtf16(prefixes[h % 4]) + s };
    }
    if (region == u"GB") {
        static const std::array<const char16_t*, 4> prefixes = { u"770", u"791", u"740", u"207" };
        return { region, u"44"_s, QString::fromUtf16(prefixes[h % 4]) + s };
    }
    static const std::array<const char16_t*, 4> prefixes = { u"415", u"212", u"312", u"617" };
    return { region, u"1"_s, QString::fromUtf16(prefixes[h % 4]) + s };
}

QString emailPart(const char16_t* latin)
{
    QString s = QString::fromUtf16(latin).toLower();
    s.remove(u'\'');
    s.replace(u' ', u'.');
    return s;
}

// Field numbers for hash(): one stream per decision.
enum Field : quint64 { FCountry = 1, FCulture, FGiven, FFamily, FFamily2, FJoin, FPhoneForm, FPhonePrefix, FEmail,
    FDomain, FOther, FLanguage, FTags, FRoman, FSalutation };

QString languageOf(Culture culture, const QString& region)
{
    switch (culture) {
    case Culture::Hindi: return u"hi"_s;
    case Culture::Telugu: return u"te"_s;
    case Culture::Urdu: return u"ur"_s;
    case Culture::Catalan: return u"ca"_s;
    case Culture::Turkish:
    case Culture::English: return region == u"IN" || region == u"PK" ? QString() : u"en"_s;
    }
    return {};
}
} // namespace

DataGenerator::DataGenerator(quint64 seed)
    : m_seed(seed)
{
}

quint64 DataGenerator::hash(qint64 index, quint64 field) const
{
    return splitmix(splitmix(m_seed ^ (field * 0x100000001B3ull)) ^ quint64(index));
}

QString DataGenerator::country(qint64 index) const
{
    const quint64 r = hash(index, FCountry) % 100;
    return r < 30 ? u"IN"_s : r < 50 ? u"PK"_s : r < 70 ? u"ES"_s : r < 85 ? u"GB"_s : u"US"_s;
}

QStringList DataGenerator::phoneForms(qint64 index) const
{
    // An odd multiplier prime to 10 is a bijection of the subscriber space: no two customers share a number.
    const qint64 subscriber = (index * 7'654'321 + qint64(m_seed % SubscriberSpace)) % SubscriberSpace;
    return phoneFor(country(index), subscriber, hash(index, FPhonePrefix)).forms(hash(index, FPhoneForm));
}

Customer DataGenerator::customer(qint64 index) const
{
    const QString region = country(index);
    const quint64 c = hash(index, FCulture) % 100;
    Culture culture = Culture::English;
    if (region == u"IN")
        culture = c < 55 ? Culture::Hindi : Culture::Telugu;
    else if (region == u"PK")
        culture = Culture::Urdu;
    else if (region == u"ES")
        culture = Culture::Catalan;
    else
        culture = c < 12 ? Culture::Turkish : c < 17 ? Culture::Urdu : Culture::English;
    // A quarter of South Asian customers are on record in Latin letters.
    const bool roman = (culture == Culture::Hindi || culture == Culture::Telugu || culture == Culture::Urdu)
        && hash(index, FRoman) % 4 == 0;

    const quint64 g = hash(index, FGiven), f = hash(index, FFamily), f2 = hash(index, FFamily2);
    Name given {}, family {}, second {};
    switch (culture) {
    case Culture::Catalan: given = pick(CatalanGiven, g), family = pick(CatalanFamily, f), second = pick(CatalanFamily, f2); break;
    case Culture::English: given = pick(EnglishGiven, g), family = pick(EnglishFamily, f), second = pick(EnglishFamily, f2); break;
    case Culture::Turkish: given = pick(TurkishGiven, g), family = pick(TurkishFamily, f), second = pick(TurkishFamily, f2); break;
    case Culture::Hindi: given = pick(HindiGiven, g), family = pick(HindiFamily, f), second = pick(HindiFamily, f2); break;
    case Culture::Telugu: given = pick(TeluguGiven, g), family = pick(TeluguFamily, f), second = pick(TeluguFamily, f2); break;
    case Culture::Urdu: given = pick(UrduGiven, g), family = pick(UrduFamily, f), second = pick(UrduFamily, f2); break;
    }
    auto text = [roman](const Name& n) { return QString::fromUtf16(roman ? n.latin : n.native); };

    Customer customer;
    customer.givenName = text(given);
    customer.familyName = text(family);
    const quint64 join = hash(index, FJoin) % 100;
    if (culture == Culture::Catalan && join < 45) // two surnames; some joined with "i"
        customer.familyName += (join < 8 ? u" i "_s : u" "_s) + text(second);
    else if (culture == Culture::English && join < 4)
        customer.familyName += u'-' + text(second);
    customer.country = region;
    const QStringList phones = phoneForms(index);
    customer.phone = phones.first();
    if (hash(index, FOther) % 100 < 15) {
        // A second number: the same person's landline or office, same country, other subscriber.
        const Phone other = phoneFor(region, (index * 7'654'321 + 3'333'333) % SubscriberSpace, hash(index, FOther));
        customer.otherPhones << other.forms(hash(index, FOther) >> 8).first();
    }
    if (hash(index, FEmail) % 100 < 88) {
        static const std::array<const char16_t*, 6> domains
            = { u"example.com", u"example.in", u"example.pk", u"example.cat", u"example.co.uk", u"mail.example.org" };
        customer.email = u"%1.%2%3@%4"_s.arg(emailPart(given.latin), emailPart(family.latin))
                             .arg(index)
                             .arg(QString::fromUtf16(domains[hash(index, FDomain) % domains.size()]));
    }
    customer.preferredLanguage = languageOf(culture, region);
    if (const quint64 t = hash(index, FTags) % 100; t < 3)
        customer.tags = { u"VIP"_s };
    else if (t < 5)
        customer.tags = { u"Braille letters"_s, u"Large print"_s };
    customer.createdUtc = QDateTime::fromMSecsSinceEpoch(1'546'300'800'000LL + index * 997, QTimeZone::utc());
    return customer;
}

namespace {
constexpr qint64 SpanStartMs = 1'546'300'800'000LL; // 2019-01-01
constexpr qint64 SpanMs = 7LL * 365 * 24 * 3600 * 1000; // seven years

QList<CallEvent> callEvents(quint64 h, const QDateTime& started, qint64 callNo, QDateTime& ended)
{
    QList<CallEvent> events;
    qint64 t = 0;
    int k = 0;
    auto add = [&](CallEventPayload payload, qint64 afterMs) {
        t += afterMs;
        CallEvent e;
        e.uid = u"gen-%1-%2"_s.arg(callNo).arg(k++);
        e.atUtc = started.addMSecs(t);
        e.monotonicMs = t;
        e.payload = std::move(payload);
        events << e;
    };
    add(CallEvents::Offered { Channel::Phone, false }, 0);
    add(CallEvents::Answered { qint64(2000 + h % 9000) }, qint64(2000 + h % 9000));
    add(CallEvents::ScriptStep { u"greeting"_s, StepMark::Done }, 5000);
    if (h % 3 == 0) {
        add(CallEvents::HoldStarted { HoldReason::Hold }, 40'000);
        const qint64 held = qint64(20'000 + (h >> 8) % 100'000);
        add(CallEvents::HoldEnded { HoldReason::Hold, held, held > 60'000 ? 1 : 0, held > 60'000 }, held);
    }
    if (h % 7 == 0) {
        add(CallEvents::TransferStarted { 0, u"Billing"_s, u"department"_s, true }, 30'000);
        add(CallEvents::TransferConnected {}, 15'000);
    }
    add(CallEvents::ScriptStep { u"closing"_s, StepMark::Done }, 60'000);
    add(CallEvents::Closed { Disposition::Resolved, false, false }, 5'000);
    ended = started.addMSecs(t);
    return events;
}
} // namespace

QString DataGenerator::generate(
    Database& db, const Options& options, const std::function<void(qint64, qint64)>& progress)
{
    const DataGenerator gen(options.seed);
    CustomerRepository customers(db);
    InteractionRepository interactions(db);
    CallRepository calls(db);
    qint64 interactionsLeft = options.interactions;
    qint64 interactionsDone = 0;
    qint64 callNo = 0;
    QList<qint64> times;
    QList<Interaction> pending;
    for (qint64 index = 0; index < options.customers;) {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error().fullText();
        const qint64 batchEnd = qMin(options.customers, index + options.customersPerTransaction);
        for (; index < batchEnd; ++index) {
            // How many entries this customer has: the heavy one first, the rest spread around the mean.
            qint64 count = 0;
            const qint64 customersLeft = options.customers - index;
            if (index == 0 && options.heavyHistory > 0)
                count = qMin(options.heavyHistory, interactionsLeft);
            else if (customersLeft == 1)
                count = interactionsLeft;
            else
                count = qMin(interactionsLeft, qint64(gen.hash(index, 99) % quint64(2 * interactionsLeft / customersLeft + 1)));
            interactionsLeft -= count;
            times.resize(count);
            for (qint64 i = 0; i < count; ++i)
                times[i] = SpanStartMs + qint64(splitmix(gen.hash(index, 100) + quint64(i)) % quint64(SpanMs));
            std::sort(times.begin(), times.end());

            Customer c = gen.customer(index);
            if (count > 0)
                c.lastContactUtc = QDateTime::fromMSecsSinceEpoch(times.constLast(), QTimeZone::utc());
            Result<qint64> id = customers.insert(c);
            if (!id)
                return id.error().fullText();
            for (qint64 i = 0; i < count; ++i) {
                const quint64 h = splitmix(gen.hash(index, 101) + quint64(i));
                Interaction row;
                row.customerId = id.value();
                row.channel = ChannelInfo::all().at(std::size_t(h % ChannelInfo::all().size()));
                row.inbound = (h >> 8) % 3 != 0;
                row.occurredUtc = QDateTime::fromMSecsSinceEpoch(times.at(i), QTimeZone::utc());
                row.agentName = QString::fromUtf16(Agents[(h >> 12) % Agents.size()]);
                row.subject = QString::fromUtf16(Subjects[(h >> 16) % Subjects.size()]);
                row.summary = QString::fromUtf16(Summaries[(h >> 20) % Summaries.size()]);
                if (row.channel == Channel::Phone && options.callEvery > 0 && (h >> 24) % quint64(options.callEvery / 6 + 1) == 0) {
                    // A call with its event log; closing it adds the history entry.
                    Call call;
                    call.customerId = id.value();
                    call.channel = Channel::Phone;
                    call.state = CallState::Active;
                    call.remoteNumber = c.phone;
                    call.scriptLanguage = c.preferredLanguage;
                    call.startedUtc = row.occurredUtc;
                    call.uid = u"gen-call-%1"_s.arg(callNo);
                    Result<qint64> callId = calls.createCall(call);
                    if (!callId)
                        return callId.error().fullText();
                    call.id = callId.value();
                    QList<CallEvent> events = callEvents(h, call.startedUtc, callNo++, call.endedUtc);
                    call.state = CallState::Closed;
                    call.disposition = Disposition::Resolved;
                    call.summary = row.summary;
                    if (Status s = calls.closeCall(call, events, row); !s)
                        return s.error().fullText();
                } else {
                    pending << row;
                }
            }
            interactionsDone += count;
        }
        // The plain entries of the whole batch with one prepared statement.
        if (Status s = interactions.insertMany(pending); !s)
            return s.error().fullText();
        pending.clear();
        if (Status s = tx.commit(); !s)
            return s.error().fullText();
        if (progress)
            progress(index, interactionsDone);
    }
    return {};
}
