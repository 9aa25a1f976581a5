namespace Simulator.Core.Calibration;

/// <summary>Redials (after an abandon) and repeats (after an answer), where customer ids repeat in a log.</summary>
/// <param name="ContactsWithoutCustomer">Contacts left out for want of a customer id.</param>
public sealed record ReturnEstimate(int Customers, int ContactsWithoutCustomer, ReturnBehaviour Redials, ReturnBehaviour Repeats);
