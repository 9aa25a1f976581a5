namespace Simulator.Core.History;

/// <summary>A time read from a history file: the wall-clock time as written, and its UTC offset when it had one.</summary>
/// <param name="HasTime">False for a date written without a time (daily history).</param>
public readonly record struct Timestamp(DateTime Wall, bool HasTime, TimeSpan? Offset);

/// <summary>
/// ISO 8601 dates and times as history files write them: <c>2024-03-04</c>, <c>2024-03-04 08:30</c>,
/// <c>2024-03-04T08:30:15.250</c>, with an optional <c>Z</c> or <c>+01:00</c>. Nothing else: a date such
/// as 03/04/2024 means different days in different countries, so it is refused rather than guessed.
/// Parsed from UTF-8 bytes without allocating, since a contact log has millions of them.
/// </summary>
public static class IsoTimestamp
{
    public const string Expectation = "an ISO date or date and time, such as 2024-03-04 or 2024-03-04 08:30";
    public const string ClockExpectation = "a time of day HH:MM or HH:MM:SS, such as 08:30";

    public static bool TryParse(ReadOnlySpan<byte> text, out Timestamp value)
    {
        value = default;
        text = Trim(text);
        if (text.Length < 10 || !Digits(text, 0, 4, out int year) || text[4] != '-' || !Digits(text, 5, 2, out int month) || text[7] != '-'
            || !Digits(text, 8, 2, out int day) || month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (text.Length == 10)
        {
            value = new Timestamp(date, false, null);
            return true;
        }
        if (text[10] != 'T' && text[10] != 't' && text[10] != ' ') return false;
        var rest = text[11..];
        if (!TryParseClock(ref rest, out var time, allowFraction: true)) return false;
        TimeSpan? offset = null;
        if (rest.Length > 0)
        {
            if (rest is [(byte)'Z' or (byte)'z']) offset = TimeSpan.Zero;
            else if (!TryParseOffset(rest, out var parsed)) return false;
            else offset = parsed;
        }
        value = new Timestamp(date + time, true, offset);
        return true;
    }

    /// <summary>A time of day on its own (the time column of a date+time pair).</summary>
    public static bool TryParseTimeOfDay(ReadOnlySpan<byte> text, out TimeSpan time)
    {
        text = Trim(text);
        return TryParseClock(ref text, out time, allowFraction: true) && text.Length == 0;
    }

    private static bool TryParseClock(ref ReadOnlySpan<byte> text, out TimeSpan time, bool allowFraction)
    {
        time = default;
        if (text.Length < 5 || !Digits(text, 0, 2, out int hour) || text[2] != ':' || !Digits(text, 3, 2, out int minute) || hour > 23
            || minute > 59) return false;
        int used = 5;
        int second = 0;
        long fractionTicks = 0;
        if (text.Length >= 8 && text[5] == ':')
        {
            if (!Digits(text, 6, 2, out second) || second > 59) return false;
            used = 8;
            if (allowFraction && text.Length > 9 && (text[8] == '.' || text[8] == ','))
            {
                int digits = 0;
                long scale = TimeSpan.TicksPerSecond;
                for (used = 9; used < text.Length && text[used] >= '0' && text[used] <= '9'; used++, digits++)
                {
                    scale /= 10;
                    fractionTicks += (text[used] - '0') * scale;
                }
                if (digits == 0) return false;
            }
        }
        time = new TimeSpan(0, hour, minute, second) + TimeSpan.FromTicks(fractionTicks);
        text = text[used..];
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length is not (3 or 5 or 6) || (text[0] != '+' && text[0] != '-') || !Digits(text, 1, 2, out int hours)) return false;
        int minutes = 0;
        if (text.Length == 6 && (text[3] != ':' || !Digits(text, 4, 2, out minutes))) return false;
        if (text.Length == 5 && !Digits(text, 3, 2, out minutes)) return false;
        if (hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-') offset = -offset;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int digit = text[i] - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text) => text.Trim(" \t"u8);
}
