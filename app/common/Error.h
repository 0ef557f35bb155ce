#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

/// What went wrong, with a translated message fit to show a user as it is.
struct Error
{
    enum class Code {
        Unknown,
        InvalidArgument,
        NotFound,
        DatabaseOpenFailed,   ///< cannot open or create the database (path, permissions, server)
        DatabaseNotADatabase, ///< the file exists but is not a SQLite database or is corrupt
        DatabaseLocked,       ///< another process holds a lock for longer than the busy timeout
        DatabaseTooNew,       ///< written by a newer Cordial; refused rather than damaged
        DatabaseNeedsMigration, ///< a shared database behind this Cordial: `cordial migrate` first
        DatabaseQueryFailed,
        AuthenticationFailed,
        ServerUnreachable,
        SecretStoreUnavailable,
        InvalidTransition,
        InvalidInput,
    };

    Code code = Code::Unknown;
    QString message; ///< translated, complete sentence(s)
    QString detail;  ///< technical detail (driver text) for logs; may be untranslated

    /// The message plus the technical detail when there is one, for stderr and dialogs.
    QString fullText() const;
};

/// A value or an Error. Small on purpose: std::expected is C++23.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(m_data); }
    const T& value() const { return std::get<T>(m_data); }
    T take() { return std::move(std::get<T>(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};
