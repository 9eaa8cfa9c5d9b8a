#include "profilewords.h"

#include <QHash>
#include <QList>

namespace suara::server::exports {

namespace {
struct Choice
{
    const char *code;
    const char *id;
    const char *en;
};

const QHash<QString, QList<Choice>> &choices()
{
    static const QHash<QString, QList<Choice>> all = {
        {QStringLiteral("gender"), {{"L", "Laki-laki", "Male"}, {"P", "Perempuan", "Female"}}},
        {QStringLiteral("age"),
         {{"<20", "Di bawah 20 tahun", "Under 20"},
          {"20-29", "20–29 tahun", "20–29"},
          {"30-39", "30–39 tahun", "30–39"},
          {"40-49", "40–49 tahun", "40–49"},
          {"50-59", "50–59 tahun", "50–59"},
          {"60+", "60 tahun ke atas", "60 or older"}}},
        {QStringLiteral("education"),
         {{"SD", "SD ke bawah", "Primary school (SD) or less"},
          {"SMP", "SMP", "Junior high (SMP)"},
          {"SMA", "SMA/SMK", "Senior high (SMA/SMK)"},
          {"D3", "Diploma (D1–D3)", "Diploma (D1–D3)"},
          {"S1", "Sarjana (S1/D4)", "Bachelor (S1/D4)"},
          {"S2", "Magister (S2)", "Master (S2)"},
          {"S3", "Doktor (S3)", "Doctorate (S3)"}}},
        {QStringLiteral("occupation"),
         {{"PNS", "PNS/ASN", "Civil servant (PNS)"},
          {"TNI", "TNI", "Military (TNI)"},
          {"POLRI", "POLRI", "Police (POLRI)"},
          {"SWASTA", "Pegawai swasta", "Private employee"},
          {"WIRAUSAHA", "Wiraswasta", "Self-employed"},
          {"LAINNYA", "Lainnya", "Other"}}},
    };
    return all;
}
} // namespace

QString profileWords(const QString &field, const QString &code, bool english)
{
    for (const Choice &c : choices().value(field))
        if (code == QLatin1String(c.code))
            return QString::fromUtf8(english ? c.en : c.id);
    return code;
}

int profileRank(const QString &field, const QString &code)
{
    const QList<Choice> list = choices().value(field);
    for (int i = 0; i < list.size(); ++i)
        if (code == QLatin1String(list.at(i).code))
            return i;
    return int(list.size());
}

} // namespace suara::server::exports
