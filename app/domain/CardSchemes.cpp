#include "domain/CardSchemes.h"

#include <algorithm>

namespace {
int leadingCount(int digitCount)
{
    return std::min(digitCount, CardSchemes::LeadingDigits);
}
} // namespace

const CardScheme* CardSchemes::match(int leadingSix, int digitCount)
{
    const CardScheme* best = nullptr;
    for (const CardScheme& scheme : Table) {
        if (scheme.allowsLength(digitCount) && scheme.holdsPrefix(leadingSix, leadingCount(digitCount))
            && (!best || scheme.prefixDigits > best->prefixDigits))
            best = &scheme;
    }
    return best;
}

const CardScheme* CardSchemes::matchPrefix(int leadingSix, int digitCount)
{
    const CardScheme* best = nullptr;
    for (const CardScheme& scheme : Table) {
        if (scheme.holdsPrefix(leadingSix, leadingCount(digitCount))
            && (!best || scheme.prefixDigits > best->prefixDigits))
            best = &scheme;
    }
    return best;
}

quint32 CardSchemes::lengthsForPrefix(int leadingSix, int digitCount)
{
    quint32 bits = 0;
    for (const CardScheme& scheme : Table) {
        if (scheme.holdsPrefix(leadingSix, leadingCount(digitCount)))
            bits |= scheme.lengths;
    }
    return bits;
}
