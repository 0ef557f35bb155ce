#include "domain/Disposition.h"

#include <utility>

namespace {
constexpr std::array<std::pair<Disposition, const char16_t*>, 8> Keys {{
    {Disposition::Resolved, u"resolved"},
    {Disposition::FollowUp, u"follow_up"},
    {Disposition::Transferred, u"transferred"},
    {Disposition::Escalated, u"escalated"},
    {Disposition::Complaint, u"complaint"},
    {Disposition::Other, u"other"},
    {Disposition::Missed, u"missed"},
    {Disposition::Abandoned, u"abandoned"},
}};
} // namespace

QString DispositionInfo::key(Disposition disposition)
{
    for (const auto& [value, key] : Keys) {
        if (value == disposition)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<Disposition> DispositionInfo::fromKey(QStringView key)
{
    for (const auto& [value, text] : Keys) {
        if (key == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QString DispositionInfo::displayName(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Resolved:
        return tr("Resolved");
    case Disposition::FollowUp:
        return tr("Follow-up needed");
    case Disposition::Transferred:
        return tr("Transferred");
    case Disposition::Escalated:
        return tr("Escalated");
    case Disposition::Complaint:
        return tr("Complaint");
    case Disposition::Other:
        return tr("Other");
    case Disposition::Missed:
        return tr("Missed");
    case Disposition::Abandoned:
        return tr("Abandoned");
    }
    return {};
}
