namespace Simulator.Core.Simulation;

/// <summary>
/// What the centre remembers about a customer between contacts, packed into one number so it rides
/// on a waiting contact or a scheduled return without allocating: the interval of the first contact
/// (where the customer is counted), poor experiences so far, how many contacts came before this one,
/// whether this one is a redial, and whether the customer counts (arrived after warm-up). Nothing
/// is kept for a customer once the last contact ends, so memory follows contacts in progress.
/// </summary>
internal readonly record struct CustomerState(long Packed)
{
    private const int PoorShift = 32;
    private const int AttemptShift = 48;
    private const long RedialBit = 1L << 56;
    private const long CountedBit = 1L << 57;
    private const int Mask16 = 0xFFFF;
    private const int Mask8 = 0xFF;

    public static CustomerState First(int interval, bool counted) => new((uint)interval | (counted ? CountedBit : 0));

    public int FirstInterval => (int)(uint)Packed;

    public int PoorExperiences => (int)((Packed >> PoorShift) & Mask16);

    /// <summary>0 for the customer's first contact.</summary>
    public int Attempt => (int)((Packed >> AttemptShift) & Mask8);

    public bool IsRedial => (Packed & RedialBit) != 0;

    public bool Counted => (Packed & CountedBit) != 0;

    /// <summary>The same customer after one more contact, poor or not (counts saturate, they never wrap).</summary>
    public CustomerState After(bool poor) =>
        poor && PoorExperiences < Mask16 ? new(Packed + (1L << PoorShift)) : this;

    /// <summary>The customer's next contact: a redial after abandoning, or a repeat after an unresolved one.</summary>
    public CustomerState Next(bool redial)
    {
        long packed = Packed & ~RedialBit;
        if (Attempt < Mask8) packed += 1L << AttemptShift;
        return new(redial ? packed | RedialBit : packed);
    }
}
