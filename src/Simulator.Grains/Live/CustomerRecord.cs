namespace Simulator.Grains.Live;

/// <summary>What the live-centre storage keeps of a customer: the contact events as they were reported.</summary>
[GenerateSerializer, Alias("ccsim.CustomerRecord")]
public sealed class CustomerRecord
{
    [Id(0)]
    public List<ContactEvent> Events { get; set; } = [];
}
