##fileformat=VCFv4.2
##GVCFBlock0-1=minGQ=0(inclusive),maxGQ=1(exclusive)
##ALT=<ID=NON_REF,Description="Any non-reference allele">
##contig=<ID=chr1,length=248956422,assembly=GRCh38>
##INFO=<ID=END,Number=1,Type=Integer,Description="End of block">
##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Genotype quality">
##FORMAT=<ID=MIN_DP,Number=1,Type=Integer,Description="Minimum DP">
#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	NA12878
chr1	1	.	N	<NON_REF>	.	.	END=999	GT:DP:GQ:MIN_DP	0/0:30:90:25
chr1	1000	.	A	G,<NON_REF>	120.0	.	DP=25	GT:AD:DP:GQ	0/1:12,13,0:25:99
chr1	1001	.	C	<NON_REF>	.	.	END=1999	GT:DP:GQ:MIN_DP	0/0:31:90:26
chr1	2000	.	T	TA,C,<NON_REF>	200.0	.	DP=30	GT:AD:DP:GQ	1/2:1,14,15,0:30:99
chr1	2001	.	G	.	.	.	DP=30	GT:DP	0/0:30
chr1	2002	.	A	<*>	.	.	END=3000	GT:DP:GQ	0/0:28:80
