#pragma once

#include <QStringView>

#include <array>

/// The {variables} a call script may use (docs/scripts.md), one constant each: the code that fills a
/// variable and the checks of the script files name it here, never with a string of their own.
/// The names are a contract with the organisations' own script files: never rename one.
namespace ScriptVariable {
inline constexpr QStringView Address = u"address";               ///< the address captured in the call, else the customer's
inline constexpr QStringView Agent = u"agent";                   ///< the agent's name as said in the greeting
inline constexpr QStringView CardBrand = u"card_brand";          ///< "Visa": the payment read-back (V4)
inline constexpr QStringView CardExpiry = u"card_expiry";        ///< "05/29"
inline constexpr QStringView CardLast4 = u"card_last4";          ///< the last four digits, never more
inline constexpr QStringView CardName = u"card_name";            ///< the name on the card
inline constexpr QStringView Company = u"company";               ///< the organisation, as said in greeting and closing
inline constexpr QStringView Customer = u"customer";             ///< the customer as the script language addresses them
inline constexpr QStringView CustomerFull = u"customer_full";    ///< given and family name
inline constexpr QStringView FollowUpWhen = u"follow_up_when";   ///< date and time of the follow-up (V5)
inline constexpr QStringView FollowUpWho = u"follow_up_who";     ///< who will contact the customer
inline constexpr QStringView FollowUpWhy = u"follow_up_why";     ///< what the follow-up is about
inline constexpr QStringView Request = u"request";               ///< the request capture: request, then details
inline constexpr QStringView TransferTarget = u"transfer_target"; ///< who the customer is transferred to

/// Every variable above, sorted by name.
inline constexpr std::array<QStringView, 14> All {Address, Agent, CardBrand, CardExpiry, CardLast4, CardName,
    Company, Customer, CustomerFull, FollowUpWhen, FollowUpWho, FollowUpWhy, Request, TransferTarget};
} // namespace ScriptVariable
